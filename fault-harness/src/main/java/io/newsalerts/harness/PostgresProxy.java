package io.newsalerts.harness;

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
 * A TCP proxy between a service and PostgreSQL. {@link #cut()} closes every connection and refuses new ones (the
 * listening socket is closed), as a database that went away; {@link #restore()} listens again on the same port.
 */
final class PostgresProxy implements AutoCloseable {

    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;

    private final String targetHost;
    private final int targetPort;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private int port;
    private ServerSocket listener;
    private Thread acceptor;

    PostgresProxy(String targetHost, int targetPort) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
    }

    /** Starts listening on a free port of the loopback interface. */
    synchronized PostgresProxy start() throws IOException {
        listen(0);
        return this;
    }

    int port() {
        return port;
    }

    /** Closes all connections and refuses new ones until {@link #restore()}. */
    synchronized void cut() throws IOException {
        if (listener != null) {
            listener.close();
            listener = null;
            awaitAcceptorExit();
        }
        for (Socket socket : sockets) {
            closeQuietly(socket);
        }
        sockets.clear();
    }

    /** Accepts connections again, on the same port. */
    synchronized void restore() throws IOException {
        if (listener == null) {
            listen(port);
        }
    }

    /** Connections currently open through the proxy, counting both sides of each. */
    int openSockets() {
        return sockets.size();
    }

    @Override
    public void close() throws IOException {
        cut();
    }

    private void listen(int onPort) throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort));
        listener = server;
        port = server.getLocalPort();
        acceptor = new Thread(() -> acceptUntilClosed(server), "postgres-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /**
     * The listening socket is released only once the thread blocked in {@code accept()} has left it; until then
     * a connection attempt could still be taken.
     */
    private void awaitAcceptorExit() throws IOException {
        try {
            acceptor.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while closing the proxy's listener", e);
        }
    }

    private void acceptUntilClosed(ServerSocket server) {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                connect(server, client);
            } catch (IOException e) {
                // closed by cut(), or one connection failed: the next accept tells which
            }
        }
    }

    private void connect(ServerSocket server, Socket client) {
        Socket upstream = new Socket();
        try {
            upstream.connect(new InetSocketAddress(targetHost, targetPort), CONNECT_TIMEOUT_MILLIS);
            client.setTcpNoDelay(true);
            upstream.setTcpNoDelay(true);
        } catch (IOException e) {
            closeQuietly(client);
            closeQuietly(upstream);
            return;
        }
        synchronized (this) {
            if (server.isClosed()) {
                // cut() while this connection was being made: it must not survive the cut
                closeQuietly(client);
                closeQuietly(upstream);
                return;
            }
            sockets.add(client);
            sockets.add(upstream);
        }
        pump(client, upstream);
        pump(upstream, client);
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // the connection ended, normally or by cut()
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                sockets.remove(from);
                sockets.remove(to);
            }
        }, "postgres-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
