package org.frontdoor.linkage.io;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads delimited text per RFC 4180 (quoted fields, doubled quotes, line breaks inside quotes, CRLF or LF),
 * with the leniencies real files need: spaces after a separator are skipped (FEBRL writes {@code ", "}),
 * a byte-order mark and a trailing DOS end-of-file character are ignored, the separator is detected from the
 * header when not given. Rows with the wrong number of fields or a broken quote are reported with their line
 * number to the error stream and skipped, never silently.
 */
public final class CsvReader {

    /** Receives each good data row with the line number it starts on. */
    @FunctionalInterface
    public interface RowHandler {
        void row(long line, String[] fields);
    }

    /** What a read produced apart from the rows. */
    public record Summary(List<String> header, long rows, long badRows) {
    }

    private final Charset declared;
    private final Character separator;
    private final PrintStream problems;

    /**
     * @param declared  character set of the file; null to read UTF-8 and fall back to windows-1252 if the bytes
     *                  are not valid UTF-8
     * @param separator field separator; null to detect
     * @param problems  where bad rows are reported
     */
    public CsvReader(Charset declared, Character separator, PrintStream problems) {
        this.declared = declared;
        this.separator = separator;
        this.problems = problems;
    }

    /** Reads a file: header first, then each good row to the handler. */
    public Summary read(Path file, RowHandler handler) throws IOException {
        return read(file, handler, (line, fields) -> { });
    }

    /**
     * As {@link #read(Path, RowHandler)}; rows skipped for having the wrong number of fields also go to
     * {@code badRows} (after being reported), so that a caller can still account for them.
     */
    public Summary read(Path file, RowHandler handler, RowHandler badRows) throws IOException {
        return read(decode(Files.readAllBytes(file), file.toString()), file.toString(), handler, badRows);
    }

    /** Reads already decoded text; {@code source} names it in problem reports. */
    public Summary read(String text, String source, RowHandler handler) {
        return read(text, source, handler, (line, fields) -> { });
    }

    private Summary read(String text, String source, RowHandler handler, RowHandler badRows) {
        Parser parser = new Parser(text, separator == null ? detectSeparator(text) : separator);
        List<String> header = null;
        long rows = 0;
        long bad = 0;
        while (parser.hasMore()) {
            long line = parser.line;
            List<String> fields = parser.next();
            if (parser.error != null) {
                problems.printf("%s: line %d: %s; row skipped%n", source, line, parser.error);
                bad++;
                continue;
            }
            if (fields.size() == 1 && fields.get(0).isEmpty()) {
                continue;
            }
            if (header == null) {
                header = List.copyOf(fields);
                continue;
            }
            if (fields.size() != header.size()) {
                problems.printf("%s: line %d: expected %d fields but found %d; row skipped%n", source, line,
                        header.size(), fields.size());
                bad++;
                badRows.row(line, fields.toArray(String[]::new));
                continue;
            }
            handler.row(line, fields.toArray(String[]::new));
            rows++;
        }
        if (header == null) {
            throw new IllegalArgumentException(source + ": no header line");
        }
        return new Summary(header, rows, bad);
    }

    private String decode(byte[] bytes, String source) throws CharacterCodingException {
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        if (declared != null) {
            return declared.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(buffer).toString();
        } catch (CharacterCodingException e) {
            problems.printf("%s: not valid UTF-8; reading as windows-1252 (declare the encoding to silence this)%n",
                    source);
            return new String(bytes, skip, bytes.length - skip, Charset.forName("windows-1252"));
        }
    }

    static char detectSeparator(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long bestCount = 0;
        for (char candidate : new char[] {',', ';', '\t', '|'}) {
            long count = first.chars().filter(c -> c == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    /** A small state machine over the whole text; one instance per read. */
    private static final class Parser {
        private final String text;
        private final char separator;
        private int pos;
        long line = 1;
        String error;

        Parser(String text, char separator) {
            this.text = text;
            this.separator = separator;
        }

        boolean hasMore() {
            while (pos < text.length() && text.charAt(pos) == '\u001A') {
                pos++;
            }
            return pos < text.length();
        }

        List<String> next() {
            error = null;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            while (true) {
                while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')
                        && text.charAt(pos) != separator) {
                    pos++;
                }
                if (pos < text.length() && text.charAt(pos) == '"') {
                    long startLine = line;
                    int quoteAt = pos;
                    pos++;
                    boolean closed = false;
                    while (pos < text.length()) {
                        char c = text.charAt(pos++);
                        if (c == '"') {
                            if (pos < text.length() && text.charAt(pos) == '"') {
                                field.append('"');
                                pos++;
                            } else {
                                closed = true;
                                break;
                            }
                        } else {
                            if (c == '\n') {
                                line++;
                            }
                            field.append(c);
                        }
                    }
                    if (!closed) {
                        // A stray quote would otherwise swallow every later row: lose only its own line.
                        error = "quote opened on line " + startLine + " is never closed";
                        pos = quoteAt;
                        line = startLine;
                        skipToEndOfLine();
                        return fields;
                    }
                    while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')
                            && text.charAt(pos) != separator) {
                        pos++;
                    }
                    if (pos < text.length() && text.charAt(pos) != separator && text.charAt(pos) != '\r'
                            && text.charAt(pos) != '\n') {
                        error = "unexpected text after a closing quote";
                        skipToEndOfLine();
                        return fields;
                    }
                    fields.add(field.toString());
                } else {
                    int start = pos;
                    while (pos < text.length() && text.charAt(pos) != separator && text.charAt(pos) != '\n'
                            && text.charAt(pos) != '\r') {
                        pos++;
                    }
                    fields.add(text.substring(start, pos).strip());
                }
                field.setLength(0);
                if (pos >= text.length()) {
                    return fields;
                }
                char c = text.charAt(pos++);
                if (c == separator) {
                    continue;
                }
                if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                    pos++;
                }
                line++;
                return fields;
            }
        }

        private void skipToEndOfLine() {
            while (pos < text.length() && text.charAt(pos) != '\n') {
                pos++;
            }
            if (pos < text.length()) {
                pos++;
            }
            line++;
        }
    }
}
