package io.newsalerts.localinfra;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free TCP ports on this machine, for brokers and services started on the fly. They are drawn below Linux's
 * ephemeral range (32768-60999 by default): a port the operating system picks from that range is free when picked,
 * but an outgoing connection of another process can take it before the service starting seconds later binds it
 * ("Port ... seems to be in use", seen in CI).
 */
public final class LocalPorts {

    private static final int LOWEST = 20_000;
    private static final int BELOW = 32_768;
    private static final int TRIES = 200;

    private LocalPorts() {
    }

    /** A port nobody listens on right now, outside the range outgoing connections draw their local ports from. */
    public static int free() throws IOException {
        for (int i = 0; i < TRIES; i++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, BELOW);
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), port));
                return port;
            } catch (IOException taken) {
                // in use: draw again
            }
        }
        throw new IOException("no free port between " + LOWEST + " and " + BELOW + " after " + TRIES + " tries");
    }
}
