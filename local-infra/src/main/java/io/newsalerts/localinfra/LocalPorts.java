package io.newsalerts.localinfra;

import java.io.IOException;
import java.net.ServerSocket;

/** Free TCP ports on this machine, for brokers and services started on the fly. */
public final class LocalPorts {

    private LocalPorts() {
    }

    /** A port nobody listens on right now (the operating system's pick). */
    public static int free() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
