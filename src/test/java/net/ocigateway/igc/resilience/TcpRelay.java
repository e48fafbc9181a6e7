package net.ocigateway.igc.resilience;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The network between the gateway and BroadWorks, played on 127.0.0.1: a TCP relay on a fixed port that can be
 * unplugged (nothing listens, live connections are cut, so connects are refused) and plugged in again.
 */
final class TcpRelay implements AutoCloseable {

    private final int port;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile int targetPort;
    private volatile ServerSocket listener;

    /** A relay on a port free now; it does not listen until {@link #plugIn()}. */
    TcpRelay() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
    }

    int port() {
        return port;
    }

    void forwardTo(int targetPort) {
        this.targetPort = targetPort;
    }

    synchronized void plugIn() throws IOException {
        if (listener != null) {
            return;
        }
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
        listener = server;
        daemon("relay-accept", () -> accept(server));
    }

    /** Nothing listens any more and every live connection is cut. */
    synchronized void unplug() {
        ServerSocket server = listener;
        listener = null;
        closeQuietly(server);
        sockets.forEach(TcpRelay::closeQuietly);
        sockets.clear();
    }

    @Override
    public void close() {
        unplug();
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                return; // unplugged
            }
            try {
                Socket backend = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                sockets.add(client);
                sockets.add(backend);
                pump(client, backend);
                pump(backend, client);
            } catch (IOException e) {
                closeQuietly(client); // the target refused: the caller sees its connection closed
            }
        }
    }

    private void pump(Socket from, Socket to) {
        daemon("relay-pump", () -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // Cut by unplug() or closed by either side.
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                sockets.remove(from);
                sockets.remove(to);
            }
        });
    }

    private static void daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (Exception e) {
            // Already closed.
        }
    }
}
