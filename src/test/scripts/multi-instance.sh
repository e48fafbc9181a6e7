#!/usr/bin/env bash
# Two gateway instances compete for one queue on a standalone Artemis broker, sharing one processed-request
# store (H2 server), both provisioning one BroadWorks simulator (instance A's). Sends REQUESTS creates plus
# REPEATS repeated requestIds over STOMP and checks every create was applied exactly once, every request got
# its result, and both instances took work. Needs the packaged jar (./mvnw -B verify) and python3.
# Everything listens on 127.0.0.1, on free ports; every process started here is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/../../.."

REQUESTS=${REQUESTS:-1000}
REPEATS=${REPEATS:-100}
TIMEOUT=${TIMEOUT:-300}
ARTEMIS_VERSION=2.40.0

jar=$(ls target/igc-gateway-*.jar | grep -v original | head -n 1)
work=$(mktemp -d "${TMPDIR:-/tmp}/igc-multi-instance.XXXXXX")
pids=()

cleanup() {
    status=$?
    for pid in "${pids[@]}"; do
        kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true
    done
    wait 2>/dev/null || true
    if [ "$status" -ne 0 ]; then
        echo "multi-instance check FAILED; last log lines:" >&2
        for log in "$work"/*.log; do echo "== $log" >&2; tail -n 30 "$log" >&2; done
    fi
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# Starts a command in its own process group, so that cleanup stops it with everything it started.
start() {
    local log=$1
    shift
    setsid "$@" >"$work/$log" 2>&1 &
    pids+=("$!")
}

# await NAME SECONDS PYTHON-CHECK: waits until the Python statement runs without error, once a second.
await() {
    local name=$1 seconds=$2 check=$3
    for _ in $(seq "$seconds"); do
        if python3 -c "$check" 2>/dev/null; then
            return 0
        fi
        sleep 1
    done
    echo "$name was not up within $seconds s" >&2
    return 1
}

await_port() {
    await "$1 on port $2" "$3" "import socket; socket.create_connection(('127.0.0.1', $2), timeout=1).close()"
}

await_http() {
    await "$1 at $2" "$3" "import urllib.request; urllib.request.urlopen('$2', timeout=2)"
}

broker_port=$(free_port)
h2_port=$(free_port)
port_a=$(free_port)
port_b=$(free_port)

echo "Standalone Artemis $ARTEMIS_VERSION on 127.0.0.1:$broker_port"
./mvnw -B -q dependency:copy -Dartifact=org.apache.activemq:apache-artemis:$ARTEMIS_VERSION:tar.gz:bin \
    -DoutputDirectory="$work/dist" >"$work/download.log" 2>&1
tar xzf "$work/dist/apache-artemis-$ARTEMIS_VERSION-bin.tar.gz" -C "$work/dist"
"$work/dist/apache-artemis-$ARTEMIS_VERSION/bin/artemis" create "$work/broker" --silent --allow-anonymous \
    --user admin --password admin --host 127.0.0.1 --default-port "$broker_port" --no-web --no-autotune \
    --no-fsync --no-amqp-acceptor --no-stomp-acceptor --no-mqtt-acceptor --no-hornetq-acceptor \
    --queues igc.provisioning:anycast,igc.provisioning.results:anycast,igc.provisioning.DLQ:anycast \
    >"$work/broker-create.log" 2>&1
start broker.log "$work/broker/bin/artemis" run

echo "Shared processed-request store: H2 server on 127.0.0.1:$h2_port"
start h2.log java -Dh2.bindAddress=127.0.0.1 -Dloader.main=org.h2.tools.Server -cp "$jar" \
    org.springframework.boot.loader.launch.PropertiesLauncher -tcp -tcpPort "$h2_port" -ifNotExists -baseDir "$work/h2"
await_port broker "$broker_port" 90
await_port h2 "$h2_port" 60

gateway_env=(
    IGC_JMS_BROKER_URL="tcp://127.0.0.1:$broker_port"
    IGC_JMS_IDEMPOTENCY_STORE=jdbc
    IGC_JMS_IDEMPOTENCY_JDBC_URL="jdbc:h2:tcp://127.0.0.1:$h2_port/igc"
    IGC_JMS_IDEMPOTENCY_JDBC_USER=sa
    IGC_JMS_IDEMPOTENCY_JDBC_PASSWORD=sa
    LOGGING_LEVEL_NET_OCIGATEWAY_IGC_JMS=DEBUG
    # Gateway B reaches A's simulator through a URL, where the simulator's published password is refused.
    IGC_SIMULATOR_ADMINISTRATOR_PASSWORD=multi-instance-oci-password
    IGC_BROADWORKS_PASSWORD=multi-instance-oci-password
)
echo "Gateway A (with the BroadWorks simulator) on 127.0.0.1:$port_a, gateway B on 127.0.0.1:$port_b"
mkdir -p "$work/a" "$work/b"
start gateway-a.log env -C "$work/a" "${gateway_env[@]}" SERVER_ADDRESS=127.0.0.1 SERVER_PORT="$port_a" \
    java -jar "$PWD/$jar"
start gateway-b.log env -C "$work/b" "${gateway_env[@]}" SERVER_ADDRESS=127.0.0.1 SERVER_PORT="$port_b" \
    IGC_BROADWORKS_URL="http://127.0.0.1:$port_a/webservice/services/ProvisioningService" \
    java -jar "$PWD/$jar"
await_http "gateway A" "http://127.0.0.1:$port_a/actuator/health" 180
await_http "gateway B" "http://127.0.0.1:$port_b/actuator/health" 180

echo "Sending $REQUESTS creates and $REPEATS repeats"
python3 src/test/scripts/provisioning_over_stomp.py 127.0.0.1 "$broker_port" "$REQUESTS" "$REPEATS" "$TIMEOUT"

answered_a=$(grep -c "Answered request" "$work/gateway-a.log" || true)
answered_b=$(grep -c "Answered request" "$work/gateway-b.log" || true)
echo "Answered by gateway A: $answered_a, by gateway B: $answered_b"
if [ "$answered_a" -eq 0 ] || [ "$answered_b" -eq 0 ]; then
    echo "FAIL: both instances must have consumed from the queue" >&2
    exit 1
fi
echo "multi-instance check passed"
