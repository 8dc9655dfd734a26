package dev.phoenix.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * TCP ports on {@code 127.0.0.1} for tests: one for a fixture to listen on, or an address where
 * nothing answers.
 */
public final class LoopbackPorts {

    private LoopbackPorts() {
    }

    /**
     * A port on {@code 127.0.0.1} that nothing listened on a moment ago.
     *
     * @return the port
     * @throws UncheckedIOException when the system gives no port
     */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free port on 127.0.0.1", e);
        }
    }
}
