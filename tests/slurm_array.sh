#!/bin/sh
# The Slurm job-array recipe of docs/scaling.md, run on a one-node Slurm
# cluster started here (slurm-wlm, munge): extract is a job array over the
# shards of a corpus (the map), build one job after it (the reduce); the
# graph must equal one build of the whole corpus, byte for byte.
# Not part of make check (it needs root and starts daemons); run it as
#   sh tests/slurm_array.sh [ACTORGRAPH] [MEGABYTES] [SHARDS]
# It installs slurm-wlm and munge when missing, keeps every file in one
# temporary folder (its own slurm.conf through SLURM_CONF), and stops the
# daemons it started, by their pid.  Prints a log and "slurm-array: ok".
set -u
AG=${1:-./actorgraph}
case $AG in /*) ;; *) AG=$PWD/$AG ;; esac
MB=${2:-2}
SHARDS=${3:-4}
PY=${PYTHON:-python3}
D=$(mktemp -d /tmp/ag-slurm.XXXXXX)
chmod 755 "$D"
started=""
say() { echo "slurm-array: $*"; }
stop() {
  for pid in $started; do kill "$pid" 2>/dev/null; done
  sleep 1
  rm -rf "$D"
}
trap stop EXIT
fail() { say "FAILED: $*"; for f in "$D"/log/*.log; do echo "--- $f"; tail -5 "$f"; done; exit 1; }

[ "$(id -u)" = 0 ] || fail "needs root (munged runs as munge, slurmd as root)"
if ! command -v slurmctld >/dev/null || ! command -v munged >/dev/null; then
  say "installing slurm-wlm and munge"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q slurm-wlm munge >/dev/null || fail "apt-get install"
fi

# munge: one key, the daemon as its own user; reused when already running.
if ! munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
  [ -s /etc/munge/munge.key ] || mungekey -c || fail "mungekey"
  chown munge:munge /etc/munge/munge.key && chmod 400 /etc/munge/munge.key
  mkdir -p /run/munge && chown munge:munge /run/munge
  runuser -u munge -- munged || fail "munged"
  sleep 1
  started="$started $(cat /run/munge/munged.pid)"
  munge -n | unmunge >/dev/null || fail "munge does not answer"
fi

# A one-node cluster in $D: no cgroup.conf (this slurmd version fails with one here).
host=$(hostname -s)
mem=$(awk '/MemTotal/ { print int($2 / 1024 / 2) }' /proc/meminfo)
mkdir -p "$D/state" "$D/spool" "$D/log" "$D/work"
cat >"$D/slurm.conf" <<EOF
ClusterName=actorgraph
SlurmctldHost=$host
SlurmUser=root
AuthType=auth/munge
CredType=cred/munge
MpiDefault=none
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
StateSaveLocation=$D/state
SlurmdSpoolDir=$D/spool
SlurmctldPidFile=$D/slurmctld.pid
SlurmdPidFile=$D/slurmd.pid
SlurmctldLogFile=$D/log/slurmctld.log
SlurmdLogFile=$D/log/slurmd.log
JobCompType=jobcomp/none
AccountingStorageType=accounting_storage/none
NodeName=$host CPUs=$(nproc) RealMemory=$mem State=UNKNOWN
PartitionName=debug Nodes=$host Default=YES MaxTime=INFINITE State=UP
EOF
export SLURM_CONF="$D/slurm.conf"
slurmctld -D -f "$SLURM_CONF" >"$D/log/slurmctld.out" 2>&1 &
started="$started $!"
sleep 2
slurmd -D -f "$SLURM_CONF" >"$D/log/slurmd.out" 2>&1 &
started="$started $!"
n=0
until sinfo -h -o %T 2>/dev/null | grep -q idle; do
  n=$((n + 1)); [ $n -gt 60 ] && fail "the node never became idle: $(sinfo 2>&1 | tail -2)"
  sleep 1
done
say "cluster up: $(sinfo -h -o '%P %D %c %T')"

# The corpus and its shards (on one machine the temporary folder is the
# shared file system a real cluster has).
W=$D/work
"$PY" tests/bench_corpus.py "$MB" "$W/corpus.jsonl" || fail "corpus"
split -n "l/$SHARDS" -d -a 3 "$W/corpus.jsonl" "$W/shard-"
for f in "$W"/shard-*; do mv "$f" "$f.jsonl"; done
say "corpus: $(wc -l <"$W/corpus.jsonl") documents, $(wc -c <"$W/corpus.jsonl") bytes in $SHARDS shards"

# The map: one array task per shard (docs/scaling.md).
cat >"$W/extract.sbatch" <<EOF
#!/bin/sh
#SBATCH --job-name=ag-extract
#SBATCH --array=0-$((SHARDS - 1))
#SBATCH --cpus-per-task=1
#SBATCH --output=$W/extract-%a.log
set -e
shard=\$(printf '%s/shard-%03d' "$W" "\$SLURM_ARRAY_TASK_ID")
AG_PROGRESS_SECONDS=0 "$AG" extract -j 1 "\$shard.jsonl" -o "\$shard.events.jsonl"
echo "task \$SLURM_ARRAY_TASK_ID of job \$SLURM_ARRAY_JOB_ID on \$(hostname -s): \$(wc -l <"\$shard.events.jsonl") records"
EOF
# The reduce: build over every shard's records, in shard order.
cat >"$W/build.sbatch" <<EOF
#!/bin/sh
#SBATCH --job-name=ag-build
#SBATCH --output=$W/build.log
set -e
export AG_PROGRESS_SECONDS=0
"$AG" build "$W"/shard-*.events.jsonl -o "$W/graph.json"
"$AG" analyze "$W/graph.json" -o "$W/report.txt"
EOF
map=$(sbatch --parsable "$W/extract.sbatch") || fail "sbatch extract"
reduce=$(sbatch --parsable --dependency=afterok:"$map" "$W/build.sbatch") || fail "sbatch build"
say "submitted: extract array $map (tasks 0-$((SHARDS - 1))), build $reduce after it"
n=0
while squeue -h -j "$map,$reduce" 2>/dev/null | grep -q .; do
  n=$((n + 1)); [ $n -gt 900 ] && fail "jobs still queued after 15 minutes: $(squeue)"
  sleep 1
done
[ -s "$W/graph.json" ] || fail "no graph.json: $(cat "$W/build.log" 2>/dev/null | tail -3)"

# One build of the whole corpus, here, for comparison.
"$AG" extract -q "$W/corpus.jsonl" -o "$W/whole.events.jsonl" || fail "extract whole"
"$AG" build -q "$W/whole.events.jsonl" -o "$W/whole.json" || fail "build whole"
for i in $(seq 0 $((SHARDS - 1))); do echo "--- extract task $i"; tail -2 "$W/extract-$i.log"; done
echo "--- build"; tail -4 "$W/build.log"
ls -l "$W/graph.json" "$W/whole.json" | awk '{ print $5, $9 }'
sed -n 2p "$W/report.txt"
cmp "$W/graph.json" "$W/whole.json" || fail "the job array's graph differs from one build of the corpus"
say "ok: the graph of $SHARDS array tasks and a dependent build equals one build of the whole corpus"
