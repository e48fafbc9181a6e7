package net.ocigateway.igc.benchmark;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gateway jar run as its own process, so its CPU time and memory are its own: the load generator and the
 * simulated BroadWorks run in other processes.
 */
final class ChildJvm implements AutoCloseable {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private final Process process;
    private final int port;
    private final Duration startUp;

    private ChildJvm(Process process, int port, Duration startUp) {
        this.process = process;
        this.port = port;
        this.startUp = startUp;
    }

    /** Starts {@code jar} on a free 127.0.0.1 port with these arguments and waits until its health answers UP. */
    static ChildJvm start(Path jar, Path log, String... arguments) throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toAbsolutePath().toString(),
                "--server.address=127.0.0.1", "--server.port=" + port,
                // Each process its own embedded broker: a journal of its own and a port of its own.
                "--igc.jms.embedded.host=127.0.0.1", "--igc.jms.embedded.port=" + freePort()));
        command.addAll(List.of(arguments));
        Path workingDirectory = Files.createDirectories(log.resolveSibling(log.getFileName() + ".d"));
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = started + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the gateway stopped at start-up; see " + log);
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.ofString()).body().contains("UP")) {
                    return new ChildJvm(process, port, Duration.ofNanos(System.nanoTime() - started));
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            TimeUnit.MILLISECONDS.sleep(25);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the gateway was not ready within 120 s; see " + log);
    }

    int port() {
        return port;
    }

    /** From process start until the health endpoint answered UP. */
    Duration startUp() {
        return startUp;
    }

    /**
     * CPU time (user + system) of the process so far, less its JIT compiler threads: they compile for minutes after
     * start-up on this machine, and the figures are meant for the steady state. Whole-process time where there is no
     * /proc.
     */
    Duration cpu() throws IOException {
        Duration total = process.info().totalCpuDuration().orElse(Duration.ZERO);
        Path tasks = Path.of("/proc", Long.toString(process.pid()), "task");
        if (!Files.isDirectory(tasks)) {
            return total;
        }
        long compilerTicks = 0;
        try (var threads = Files.list(tasks)) {
            for (Path thread : threads.toList()) {
                try {
                    if (Files.readString(thread.resolve("comm")).startsWith("C2 Compiler")
                            || Files.readString(thread.resolve("comm")).startsWith("C1 Compiler")) {
                        String stat = Files.readString(thread.resolve("stat"));
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        compilerTicks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                } catch (IOException e) {
                    // The thread ended meanwhile.
                }
            }
        }
        // /proc counts in clock ticks of 10 ms on Linux.
        return total.minusMillis(compilerTicks * 10);
    }

    /** Resident memory from /proc, in MiB; -1 where there is no /proc. */
    long residentMiB() throws IOException {
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        if (!Files.exists(status)) {
            return -1;
        }
        return Files.readAllLines(status).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
                .findFirst()
                .orElse(-1L);
    }

    /** Heap in use after a full collection, in MiB: the first figure {@code jcmd GC.heap_info} gives (G1's whole heap). */
    long heapAfterGcMiB() throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        run(jcmd.toString(), Long.toString(process.pid()), "GC.run");
        Matcher used = USED.matcher(run(jcmd.toString(), Long.toString(process.pid()), "GC.heap_info"));
        return used.find() ? Long.parseLong(used.group(1)) / 1024 : -1;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor(30, TimeUnit.SECONDS);
        return output;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
