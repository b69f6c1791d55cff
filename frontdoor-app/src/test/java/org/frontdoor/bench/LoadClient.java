package org.frontdoor.bench;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One client's keep-alive HTTP/1.1 connection to the platform under test, for load drivers: it
 * writes a request and reads the status, headers and body (sized or chunked) and keeps nothing.
 *
 * <p>The JDK's {@code HttpClient} costs the benchmark's own JVM more per request (a selector thread,
 * a chain of futures, and C2 compilations of its large methods still running minutes into a run)
 * than some of the platform's request handling; on two cores that CPU came out of the server's
 * share and was counted against the platform. A load driver should be as cheap as it can be, as
 * {@code wrk} or {@code ab} are. One connection serves one thread at a time; it reconnects when the
 * server closes it (Tomcat does every 100 requests).
 */
final class LoadClient implements AutoCloseable {

    private static final byte[] CRLF = {'\r', '\n'};

    private final InetSocketAddress server;
    private final String host;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private boolean closeAfterResponse;

    LoadClient(int port) {
        this.server = new InetSocketAddress("127.0.0.1", port);
        this.host = "127.0.0.1:" + port;
    }

    /** {@code GET path} with one {@code Authorization: Bearer} header; returns the status code. */
    int get(String path, String token) {
        return send("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Bearer " + token + "\r\n\r\n", null);
    }

    /** {@code POST path} of a JSON body with the given extra header lines (each ending in CRLF). */
    int postJson(String path, String headers, byte[] body) {
        return send("POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\n" + headers
                + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n", body);
    }

    private int send(String head, byte[] body) {
        boolean reused = socket != null;
        try {
            return exchange(head, body);
        } catch (IOException e) {
            disconnect();
            if (!reused) {
                throw new UncheckedIOException(e);
            }
            // The server closed an idle kept-alive connection before this request reached it: send it again on a new one.
            try {
                return exchange(head, body);
            } catch (IOException again) {
                disconnect();
                throw new UncheckedIOException(again);
            }
        }
    }

    private int exchange(String head, byte[] body) throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(server, 5_000);
            socket.setSoTimeout(60_000);
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            out = socket.getOutputStream();
        }
        var bytes = head.getBytes(StandardCharsets.ISO_8859_1);
        if (body == null) {
            out.write(bytes);
        } else {
            var whole = new byte[bytes.length + body.length];
            System.arraycopy(bytes, 0, whole, 0, bytes.length);
            System.arraycopy(body, 0, whole, bytes.length, body.length);
            out.write(whole);
        }
        out.flush();
        int status = readResponse();
        if (closeAfterResponse) {
            disconnect();
        }
        return status;
    }

    private int readResponse() throws IOException {
        var statusLine = line();
        if (!statusLine.startsWith("HTTP/1.1 ") || statusLine.length() < 12) {
            throw new IOException("Not an HTTP/1.1 response: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = 0;
        boolean chunked = false;
        closeAfterResponse = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            if (colon < 0) {
                continue;
            }
            var name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            var value = header.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> closeAfterResponse = value.equalsIgnoreCase("close");
                default -> {
                }
            }
        }
        if (chunked) {
            for (long size = chunkSize(); size > 0; size = chunkSize()) {
                skip(size);
                expectCrlf();
            }
            for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
                // trailers are not used by the platform; read past them
            }
        } else {
            skip(length);
        }
        return status;
    }

    private long chunkSize() throws IOException {
        var size = line();
        int extension = size.indexOf(';');
        return Long.parseLong((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
    }

    private void expectCrlf() throws IOException {
        if (in.read() != CRLF[0] || in.read() != CRLF[1]) {
            throw new IOException("A chunk did not end with CRLF");
        }
    }

    private void skip(long count) throws IOException {
        while (count > 0) {
            long skipped = in.skip(count);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new EOFException("The body ended early");
                }
                skipped = 1;
            }
            count -= skipped;
        }
    }

    /** A header line without its CRLF (ISO-8859-1, as HTTP/1.1 header bytes are). */
    private String line() throws IOException {
        var line = new StringBuilder(64);
        for (int b = in.read(); ; b = in.read()) {
            if (b < 0) {
                throw new EOFException("The connection closed mid-response");
            }
            if (b == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) b);
        }
    }

    private void disconnect() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a connection that is already broken
            }
        }
        socket = null;
        in = null;
        out = null;
    }

    @Override
    public void close() {
        disconnect();
    }
}
