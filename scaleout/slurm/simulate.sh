#!/bin/bash
# Runs scaleout/slurm/precis-array.sbatch on this machine the way Slurm would run a job array
# (one task after another, with the SLURM_ARRAY_* variables set), then checks the shards'
# manifests and merges them:
#
#   scaleout/slurm/simulate.sh INPUT.jsonl OUTDIR [TASKS]
#
# OUTDIR/summaries.jsonl is then byte for byte the output of `precis summarize INPUT.jsonl`.
# PRECIS (default: .build/release/precis) and PRECIS_LEXICONS choose the binary and its data.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
input=${1:?usage: simulate.sh INPUT.jsonl OUTDIR [TASKS]}
outdir=${2:?usage: simulate.sh INPUT.jsonl OUTDIR [TASKS]}
tasks=${3:-4}
export PRECIS=${PRECIS:-$here/../../.build/release/precis}
export SLURM_ARRAY_TASK_COUNT=$tasks SLURM_ARRAY_TASK_MIN=0 SLURM_CPUS_PER_TASK=${SLURM_CPUS_PER_TASK:-1}
rm -rf "$outdir" && mkdir -p "$outdir"
for (( task = 0; task < tasks; task++ )); do
  SLURM_ARRAY_TASK_ID=$task bash "$here/precis-array.sbatch" "$input" "$outdir"
done
unset SLURM_ARRAY_TASK_ID SLURM_ARRAY_TASK_COUNT SLURM_ARRAY_TASK_MIN
python3 "$here/../check_shards.py" "$outdir"/part-*[0-9].jsonl
"$PRECIS" merge "$outdir"/part-*[0-9].jsonl -o "$outdir/summaries.jsonl"
