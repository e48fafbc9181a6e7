package net.ocigateway.igc.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.ocigateway.igc.ocip.BroadWorksAddress;
import net.ocigateway.igc.ocip.BroadWorksCircuitBreaker;
import net.ocigateway.igc.ocip.BroadWorksProperties;
import net.ocigateway.igc.ocip.BroadWorksReachability;
import net.ocigateway.igc.ocip.BroadWorksSoapRoute;
import net.ocigateway.igc.ocip.CircuitBreakerProperties;
import net.ocigateway.igc.ocip.OciClient;
import net.ocigateway.igc.ocip.OciLogin;
import net.ocigateway.igc.ocip.OciSessionPool;
import net.ocigateway.igc.ocip.OciSoapTransport;
import net.ocigateway.igc.ocip.command.GroupDepartmentGetListRequest18;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallAddInstanceRequest14;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallDeleteInstanceRequest;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallGetInstanceListRequest;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallGetInstanceRequest19sp1;
import net.ocigateway.igc.ocip.command.GroupInstantGroupCallModifyInstanceRequest;
import net.ocigateway.igc.ocip.command.OciRequest;
import net.ocigateway.igc.ocip.command.ErrorResponse;
import net.ocigateway.igc.ocip.command.OciResponse;
import net.ocigateway.igc.ocip.command.ServiceInstanceAddProfile;
import net.ocigateway.igc.ocip.command.ServiceInstanceModifyProfile;
import org.apache.camel.impl.DefaultCamelContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The gateway's cost on top of BroadWorks, measured on this machine: the gateway jar and the simulated BroadWorks
 * (the same jar with its embedded simulator) run as two processes on 127.0.0.1, this one generates the load. The
 * baseline sends the same OCI-P documents straight to the simulator through the gateway's own OCI-P client and
 * session pool, at the same concurrency. Prints a table and writes it to {@code target/benchmark-results.md}.
 *
 * <p>Arguments: the gateway jar, the output file, and optionally the seconds of warm-up and of measurement.
 */
public final class GatewayBenchmark {

    private static final String TENANT = "ApioSpTest";
    private static final String GROUP = "ApioGrpTest";
    private static final String DOMAIN = "sip.netaxis.be";
    private static final String IGC = "/api/v1/tenants/" + TENANT + "/groups/" + GROUP + "/services/instant_group_calls/";
    private static final String IGC_ACTIVE = "/api/v1/tenants/" + TENANT + "/groups/" + GROUP + "/services/instant_group_calls_active/";
    private static final int SESSIONS = 8;
    private static final int[] CONCURRENCY = {1, 8, 64};
    private static final List<String> OPERATIONS = List.of("list", "get", "create+delete", "update");
    private static final int MEMORY_REQUESTS = 100_000;
    private static final Duration JIT_WARM_UP = Duration.ofSeconds(3);
    /** A System Admin of the gateway under test, made for the run: a gateway on a real BroadWorks has no demo users. */
    private static final String USER = "benchmark";
    private static final String PASSWORD = "benchmark-" + UUID.randomUUID();
    /** The simulator's OCI-P administrator password: a gateway refuses the published one beside a URL. */
    private static final String OCI_PASSWORD = "benchmark-oci-" + UUID.randomUUID();

    private final Path jar;
    private final Path out;
    private final Duration warmUp;
    private final Duration measured;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final StringBuilder report = new StringBuilder();
    private String token;

    private GatewayBenchmark(Path jar, Path out, Duration warmUp, Duration measured) {
        this.jar = jar;
        this.out = out;
        this.warmUp = warmUp;
        this.measured = measured;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[1]);
        Path jar = unpacked(Path.of(args[0]), out.resolveSibling("benchmark-app"));
        Duration warmUp = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 1);
        Duration measured = Duration.ofSeconds(args.length > 3 ? Long.parseLong(args[3]) : 3);
        new GatewayBenchmark(jar, out, warmUp, measured).run();
    }

    /** The jar as the Docker image runs it: unpacked by Spring Boot's jarmode tools, its libraries beside it. */
    private static Path unpacked(Path fatJar, Path directory) throws IOException, InterruptedException {
        Process extract = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djarmode=tools", "-jar", fatJar.toString(), "extract", "--force", "--destination", directory.toString())
                .inheritIO().start();
        if (extract.waitFor() != 0) {
            throw new IllegalStateException("could not unpack " + fatJar);
        }
        return directory.resolve(fatJar.getFileName());
    }

    private void run() throws Exception {
        Files.createDirectories(out.getParent());
        line("# IGC Gateway benchmark");
        line("");
        line("Run " + LocalDate.now() + " on " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", " + System.getProperty("os.name") + ". Gateway and simulated"
                + " BroadWorks in two processes, the load generator in a third, all on 127.0.0.1; " + SESSIONS
                + " OCI-P sessions; warm-up " + warmUp.toSeconds() + " s, measured " + measured.toSeconds()
                + " s per row after " + 2 * OPERATIONS.size() * JIT_WARM_UP.toSeconds() + " s of JIT warm-up per phase."
                + " Latency is per operation (create+delete: both calls). CPU per operation: the process's CPU time"
                + " less its JIT compiler threads, over warm-up and measured period, divided by the operations in"
                + " both.");
        for (int latency : new int[] {0, 20}) {
            phase(latency);
        }
        Files.writeString(out, report);
        System.out.println("Written to " + out);
    }

    private void phase(int latencyMillis) throws Exception {
        Path logs = out.getParent();
        try (ChildJvm broadWorks = ChildJvm.start(jar, logs.resolve("benchmark-simulator-" + latencyMillis + "ms.log"),
                        "--igc.simulator.faults.latency=" + latencyMillis + "ms",
                        "--igc.simulator.administrator-password=" + OCI_PASSWORD,
                        "--igc.broadworks.password=" + OCI_PASSWORD);
                ChildJvm gateway = ChildJvm.start(jar, logs.resolve("benchmark-gateway-" + latencyMillis + "ms.log"),
                        "--igc.broadworks.url=" + simulatorUrl(broadWorks),
                        "--igc.broadworks.password=" + OCI_PASSWORD,
                        "--igc.broadworks.pool-size=" + SESSIONS,
                        "--igc.security.users[0].username=" + USER,
                        "--igc.security.users[0].password-hash=" + new BCryptPasswordEncoder().encode(PASSWORD),
                        "--igc.security.users[0].level=16")) {
            token = logIn(gateway);
            line("");
            line("## BroadWorks latency " + latencyMillis + " ms");
            line("");
            line("Gateway ready " + gateway.startUp().toMillis() + " ms after its process started, run unpacked as in"
                    + " the Docker image (simulator process: "
                    + broadWorks.startUp().toMillis() + " ms).");
            line("");
            List<String> ids = IntStream.range(0, 64).mapToObj(i -> "bench" + i + "@" + DOMAIN).toList();
            for (String id : ids) {
                expect(201, send("POST", gateway, IGC, createBody(id, "Bench")));
            }
            // The JIT compiles the hot paths of both processes first, so the rows measure steady state.
            try (Baseline warming = new Baseline(simulatorUrl(broadWorks))) {
                for (String operation : OPERATIONS) {
                    Load.run(8, Duration.ZERO, JIT_WARM_UP, warming.operation(operation, ids));
                    Load.run(8, Duration.ZERO, JIT_WARM_UP, operation(operation, gateway, ids));
                }
            }
            line("| operation | clients | baseline ops/s | gateway ops/s | ratio | baseline p50 ms | gateway p50 ms | added p50 ms | baseline p99 ms | gateway p99 ms | gateway CPU µs/op | simulator CPU µs/op | errors |");
            line("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
            try (Baseline baseline = new Baseline(simulatorUrl(broadWorks))) {
                for (String operation : OPERATIONS) {
                    for (int clients : CONCURRENCY) {
                        Load.Result direct = Load.run(clients, warmUp, measured, baseline.operation(operation, ids));
                        Duration gatewayCpu = gateway.cpu();
                        Duration simulatorCpu = broadWorks.cpu();
                        Load.Result through = Load.run(clients, warmUp, measured, operation(operation, gateway, ids));
                        // CPU over warm-up and measured period alike, divided by all operations of both.
                        double scale = (double) (warmUp.toNanos() + measured.toNanos()) / measured.toNanos();
                        double operations = through.operations() * scale;
                        row(operation, clients, direct, through,
                                (gateway.cpu().minus(gatewayCpu).toNanos() / 1000.0) / operations,
                                (broadWorks.cpu().minus(simulatorCpu).toNanos() / 1000.0) / operations);
                    }
                }
            }
            if (latencyMillis == 20) {
                bulk(gateway, latencyMillis);
            } else {
                memory(gateway, ids);
                steadyGet(gateway, broadWorks, ids);
            }
            for (String id : ids) {
                send("DELETE", gateway, IGC + id + "/", null);
            }
        }
    }

    private void row(String operation, int clients, Load.Result direct, Load.Result through, double gatewayCpuMicros,
            double simulatorCpuMicros) {
        line(String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.0f | %.0f | %d |",
                operation, clients, direct.perSecond(), through.perSecond(), through.perSecond() / direct.perSecond(),
                direct.p50Millis(), through.p50Millis(), through.p50Millis() - direct.p50Millis(),
                direct.p99Millis(), through.p99Millis(), gatewayCpuMicros, simulatorCpuMicros,
                direct.errors() + through.errors()));
    }

    private Load.Operation operation(String operation, ChildJvm gateway, List<String> ids) {
        return switch (operation) {
            case "list" -> (worker, n) -> send("GET", gateway, IGC, null).statusCode() == 200;
            case "get" -> (worker, n) -> send("GET", gateway, IGC + ids.get(worker) + "/", null).statusCode() == 200;
            case "update" -> (worker, n) -> send("PUT", gateway, IGC + ids.get(worker) + "/",
                    "{\"serviceInstanceProfile\": {\"name\": \"Bench " + n % 100 + "\"}}").statusCode() == 200;
            default -> (worker, n) -> {
                String id = "cd" + worker + "n" + n + "@" + DOMAIN;
                return send("POST", gateway, IGC, createBody(id, "Bench")).statusCode() == 201
                        & send("DELETE", gateway, IGC + id + "/", null).statusCode() == 200;
            };
        };
    }

    /** Bulk active status: elapsed against the floor of its two documents (the group's list, one command) × latency. */
    private void bulk(ChildJvm gateway, int latencyMillis) throws Exception {
        List<String> ids = IntStream.range(0, 1000).mapToObj(i -> "bulk" + i + "@" + DOMAIN).toList();
        AtomicInteger next = new AtomicInteger();
        Load.Result created = Load.run(64, Duration.ZERO, Duration.ofSeconds(120), ids.size(), (worker, n) ->
                send("POST", gateway, IGC, createBody(ids.get(next.getAndIncrement()), "Bulk")).statusCode() == 201);
        line("");
        line("Bulk active status (" + created.errors() + " errors creating the " + ids.size() + " instances), median of 5:");
        line("");
        line("| services | documents | floor ms | elapsed ms | elapsed / floor |");
        line("|---|---|---|---|---|");
        for (int size : new int[] {10, 100, 1000}) {
            List<String> services = ids.subList(0, size);
            int documents = 2;
            long floor = (long) latencyMillis * documents;
            long[] elapsed = new long[5];
            for (int run = 0; run < elapsed.length; run++) {
                boolean active = run % 2 == 0;
                String body = services.stream()
                        .map(id -> "{\"serviceUserId\": \"" + id + "\", \"active\": " + active + "}")
                        .collect(Collectors.joining(", ", "{\"services\": [", "]}"));
                long start = System.nanoTime();
                expect(200, send("PUT", gateway, IGC_ACTIVE, body));
                elapsed[run] = (System.nanoTime() - start) / 1_000_000;
            }
            java.util.Arrays.sort(elapsed);
            line(String.format(Locale.ROOT, "| %d | %d | %d | %d | %.2f |", size, documents, floor, elapsed[2],
                    (double) elapsed[2] / floor));
        }
        AtomicInteger deleted = new AtomicInteger();
        Load.run(64, Duration.ZERO, Duration.ofSeconds(120), ids.size(), (worker, n) ->
                send("DELETE", gateway, IGC + ids.get(deleted.getAndIncrement()) + "/", null).statusCode() == 200);
    }

    /** Resident memory and heap after a full GC, after each half of {@value #MEMORY_REQUESTS} GETs. */
    private void memory(ChildJvm gateway, List<String> ids) throws Exception {
        line("");
        line("Memory of the gateway process (8 clients, GET):");
        line("");
        line("| requests so far | resident MiB | heap after full GC MiB |");
        line("|---|---|---|");
        line("| (after the table above) | " + gateway.residentMiB() + " | " + gateway.heapAfterGcMiB() + " |");
        for (int half = 1; half <= 2; half++) {
            Load.Result gets = Load.run(8, Duration.ZERO, Duration.ofSeconds(600), MEMORY_REQUESTS / 2,
                    (worker, n) -> send("GET", gateway, IGC + ids.get(worker) + "/", null).statusCode() == 200);
            line("| " + half * MEMORY_REQUESTS / 2 + " (" + gets.errors() + " errors) | " + gateway.residentMiB() + " | "
                    + gateway.heapAfterGcMiB() + " |");
        }
    }

    /**
     * GET at 8 clients once more, after the memory run's {@value #MEMORY_REQUESTS} requests: on two shared cores the
     * JIT is still compiling the gateway's hot paths minutes into the table above, so this is its steadiest figure.
     */
    private void steadyGet(ChildJvm gateway, ChildJvm broadWorks, List<String> ids) throws Exception {
        Duration gatewayCpu = gateway.cpu();
        Duration simulatorCpu = broadWorks.cpu();
        Load.Result gets = Load.run(8, Duration.ZERO, measured.multipliedBy(3),
                (worker, n) -> send("GET", gateway, IGC + ids.get(worker) + "/", null).statusCode() == 200);
        line("");
        line(String.format(Locale.ROOT, "GET at 8 clients after those requests: %.0f ops/s, p50 %.2f ms,"
                        + " gateway CPU %.0f µs/op, simulator CPU %.0f µs/op, %d errors.", gets.perSecond(), gets.p50Millis(),
                gateway.cpu().minus(gatewayCpu).toNanos() / 1000.0 / gets.operations(),
                broadWorks.cpu().minus(simulatorCpu).toNanos() / 1000.0 / gets.operations(), gets.errors()));
    }

    private HttpResponse<String> send(String method, ChildJvm gateway, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.port() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String logIn(ChildJvm gateway) throws IOException, InterruptedException {
        token = null;
        HttpResponse<String> login = send("POST", gateway, "/api/v1/login/",
                "{\"username\": \"" + USER + "\", \"password\": \"" + PASSWORD + "\"}");
        expect(200, login);
        return new ObjectMapper().readTree(login.body()).path("token").asText();
    }

    private static void expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("expected " + status + ", got " + response.statusCode() + " " + response.body());
        }
    }

    private static String createBody(String id, String name) {
        return "{\"serviceUserId\": \"" + id + "\", \"serviceInstanceProfile\": {\"name\": \"" + name
                + "\", \"cliLastName\": \"L\", \"cliFirstName\": \"F\"}}";
    }

    private static String simulatorUrl(ChildJvm broadWorks) {
        return "http://127.0.0.1:" + broadWorks.port() + "/webservice/services/ProvisioningService";
    }

    private void line(String text) {
        System.out.println(text);
        report.append(text).append('\n');
    }

    /** The gateway's own OCI-P client and session pool, in this process, sending straight to the simulator. */
    private static final class Baseline implements AutoCloseable {

        private final DefaultCamelContext camel = new DefaultCamelContext();
        private final OciClient client;

        Baseline(String url) throws Exception {
            BroadWorksProperties properties = new BroadWorksProperties(url, "ociadmin", OCI_PASSWORD,
                    BroadWorksProperties.Login.SIGNED, SESSIONS, Duration.ofSeconds(5), Duration.ofSeconds(30),
                    Duration.ofSeconds(2), java.util.Set.of(4003), java.util.List.of(), Duration.ofMinutes(1),
                    Duration.ofMinutes(5));
            camel.addRoutes(new BroadWorksSoapRoute(properties));
            camel.start();
            OciSoapTransport transport = new OciSoapTransport(camel.createProducerTemplate(), new BroadWorksAddress(properties),
                    new BroadWorksReachability());
            client = new OciClient(new OciSessionPool(properties, new OciLogin(properties, transport)), transport,
                    properties, new BroadWorksCircuitBreaker(CircuitBreakerProperties.defaults()));
        }

        /** The documents the gateway sends for {@code operation} once it knows the group's members. */
        Load.Operation operation(String operation, List<String> ids) {
            return switch (operation) {
                case "list" -> (worker, n) -> answered(List.of(
                        new GroupInstantGroupCallGetInstanceListRequest(TENANT, GROUP, null),
                        new GroupDepartmentGetListRequest18(TENANT, GROUP, true)));
                case "get" -> (worker, n) -> answered(List.of(new GroupInstantGroupCallGetInstanceRequest19sp1(ids.get(worker))));
                case "update" -> (worker, n) -> answered(List.of(
                        new GroupInstantGroupCallModifyInstanceRequest(ids.get(worker),
                                new ServiceInstanceModifyProfile("Base " + n % 100, null, null, null, null, null, null,
                                        null, null, null, null, null, null, null),
                                null, null, null, null),
                        new GroupInstantGroupCallGetInstanceRequest19sp1(ids.get(worker))));
                default -> (worker, n) -> {
                    String id = "bd" + worker + "n" + n + "@" + DOMAIN;
                    return answered(List.of(
                                    new GroupInstantGroupCallAddInstanceRequest14(TENANT, GROUP, id,
                                            new ServiceInstanceAddProfile("Bench", "L", "F", null, null, null, null, null,
                                                    null, null, null, null, null, null),
                                            null, false, null, null),
                                    new GroupInstantGroupCallGetInstanceRequest19sp1(id)))
                            & answered(List.of(new GroupInstantGroupCallDeleteInstanceRequest(id)));
                };
            };
        }

        private boolean answered(List<OciRequest> commands) {
            List<OciResponse> answers = client.send(commands);
            return answers.stream().noneMatch(ErrorResponse.class::isInstance);
        }

        @Override
        public void close() throws IOException {
            camel.close();
        }
    }
}
