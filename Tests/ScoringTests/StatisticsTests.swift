import Scoring
import Testing

@Suite("Seeded generator, bootstrap and significance")
struct StatisticsTests {
    @Test("SplitMix64 gives the reference sequence for seed 0")
    func splitMix() {
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(generator.next() == 0x06C4_5D18_8009_454F)
    }

    @Test("bounded integers stay in range and cover it")
    func below() {
        var generator = SplitMix64(seed: 42)
        var seen = Set<Int>()
        for _ in 0..<1000 {
            let value = generator.below(7)
            #expect((0..<7).contains(value))
            seen.insert(value)
        }
        #expect(seen.count == 7)
    }

    @Test("percentiles interpolate linearly like numpy")
    func percentile() {
        #expect(Bootstrap.percentile([1, 2, 3, 4], 0.25) == 1.75)
        #expect(Bootstrap.percentile([1, 2, 3, 4], 1) == 4)
        #expect(Bootstrap.percentile([5], 0.975) == 5)
    }

    @Test("the same seed gives the same interval; the interval holds the mean")
    func bootstrap() throws {
        let values = (0..<200).map { Double(($0 * 37) % 101) / 100 }
        let bootstrap = Bootstrap(samples: 500, seed: 7)
        let first = try #require(bootstrap.interval(values, resamples: bootstrap.resamples(count: values.count)))
        let second = try #require(bootstrap.interval(values, resamples: bootstrap.resamples(count: values.count)))
        #expect(first == second)
        let mean = values.reduce(0, +) / Double(values.count)
        #expect(first.low < mean && mean < first.high)
        let other = Bootstrap(samples: 500, seed: 8)
        #expect(other.interval(values, resamples: other.resamples(count: values.count))! != first)
    }

    @Test("identical systems are not significantly different; a clear gap is")
    func significance() {
        let a = (0..<300).map { Double($0 % 10) / 10 }
        let same = Significance(trials: 500, seed: 1).compare(a, a)
        #expect(same.difference == 0)
        #expect(same.bootstrapP == 1)
        #expect(same.randomizationP == 1)
        let b = a.map { $0 + 0.05 }
        let gap = Significance(trials: 500, seed: 1).compare(b, a)
        #expect(abs(gap.difference - 0.05) < 1e-12)
        #expect(gap.bootstrapP < 0.01)
        #expect(gap.randomizationP < 0.01)
    }
}
