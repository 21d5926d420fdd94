package io.newsalerts.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostgresProxyTest {

    private ServerSocket echo;
    private PostgresProxy proxy;

    @BeforeEach
    void startEchoServerBehindProxy() throws IOException {
        echo = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!echo.isClosed()) {
                try {
                    Socket client = echo.accept();
                    Thread echoer = new Thread(() -> echoUntilClosed(client));
                    echoer.setDaemon(true);
                    echoer.start();
                } catch (IOException e) {
                    return;
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
        proxy = new PostgresProxy("127.0.0.1", echo.getLocalPort()).start();
    }

    @AfterEach
    void stop() throws IOException {
        proxy.close();
        echo.close();
    }

    @Test
    void relaysBothWays() throws IOException {
        try (Socket socket = connect()) {
            assertThat(roundTrip(socket, "ping")).isEqualTo("ping");
        }
    }

    @Test
    void cutClosesOpenConnectionsAndRefusesNewOnes() throws IOException {
        try (Socket socket = connect()) {
            assertThat(roundTrip(socket, "before")).isEqualTo("before");

            proxy.cut();

            assertThat(socket.getInputStream().read()).isEqualTo(-1);
            assertThat(proxy.openSockets()).isZero();
            assertThatThrownBy(this::connect).isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void restoreListensAgainOnTheSamePort() throws IOException {
        int port = proxy.port();
        proxy.cut();

        proxy.restore();

        assertThat(proxy.port()).isEqualTo(port);
        try (Socket socket = connect()) {
            assertThat(roundTrip(socket, "after")).isEqualTo("after");
        }
    }

    private Socket connect() throws IOException {
        return new Socket(InetAddress.getLoopbackAddress(), proxy.port());
    }

    private static String roundTrip(Socket socket, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
        return new String(socket.getInputStream().readNBytes(bytes.length), StandardCharsets.UTF_8);
    }

    private static void echoUntilClosed(Socket client) {
        try (client; InputStream in = client.getInputStream(); OutputStream out = client.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // the proxy closed the connection
        }
    }
}
