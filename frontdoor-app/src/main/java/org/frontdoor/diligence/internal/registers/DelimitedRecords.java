package org.frontdoor.diligence.internal.registers;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the records of a delimited text file (the registers' bulk files: comma-separated with
 * quotes, or tab-separated without), one at a time, with the byte offset each starts at, so an
 * index can keep the offset instead of the record and read it again later. Nothing but the
 * current record is held, whatever the size of the file.
 *
 * <p>Works on bytes: in UTF-8 no byte of a multi-byte character equals a separator, quote or line
 * break, so fields are cut first and decoded after. A leading byte-order mark is skipped; CRLF
 * and LF both end a record; with quotes, a quoted field may hold separators, doubled quotes and
 * line breaks.
 */
final class DelimitedRecords implements Closeable {

    /** For streaming a whole file. */
    static final int WHOLE_FILE = 1 << 16;
    /** For reading one record again: a row of the bulk file is well under 1 KB. */
    static final int ONE_RECORD = 1 << 12;

    private final InputStream in;
    private final byte separator;
    private final boolean quoted;
    private final byte[] buffer;
    private int length;
    private int index;
    private long position;
    private long line = 1;

    /**
     * @param in        the bytes, from the start of a record
     * @param start     the offset of the first byte of {@code in} in the file
     * @param separator the field separator
     * @param quoted    whether double quotes enclose fields
     */
    DelimitedRecords(InputStream in, long start, char separator, boolean quoted) {
        this(in, start, separator, quoted, WHOLE_FILE);
    }

    /** As above, reading {@code bufferSize} bytes at a time. */
    DelimitedRecords(InputStream in, long start, char separator, boolean quoted, int bufferSize) {
        this.in = in;
        this.buffer = new byte[bufferSize];
        this.position = start;
        this.separator = (byte) separator;
        this.quoted = quoted;
    }

    /** The next record, or null at the end of the file. */
    Row next() throws IOException {
        if (position == 0 && peek() == 0xEF) {
            skipByteOrderMark();
        }
        if (peek() < 0) {
            return null;
        }
        long offset = position;
        long firstLine = line;
        var fields = new ArrayList<String>();
        var field = new ByteArrayOutputStream(64);
        boolean inQuotes = false;
        boolean wasQuoted = false;
        String problem = null;
        while (true) {
            int b = read();
            if (b < 0) {
                if (inQuotes) {
                    problem = "a quoted field is not closed before the end of the file";
                }
                break;
            }
            if (inQuotes) {
                if (b == '"') {
                    if (peek() == '"') {
                        read();
                        field.write('"');
                    } else {
                        inQuotes = false;
                    }
                } else {
                    if (b == '\n') {
                        line++;
                    }
                    field.write(b);
                }
            } else if (b == separator) {
                fields.add(decode(field));
                wasQuoted = false;
            } else if (b == '\n') {
                line++;
                break;
            } else if (b == '\r' && peek() == '\n') {
                // CRLF: the LF ends the record on the next turn.
            } else if (quoted && b == '"' && field.size() == 0 && !wasQuoted) {
                inQuotes = true;
                wasQuoted = true;
            } else {
                field.write(b);
            }
        }
        fields.add(decode(field));
        return new Row(offset, firstLine, fields, problem);
    }

    private static String decode(ByteArrayOutputStream field) {
        String text = field.toString(StandardCharsets.UTF_8);
        field.reset();
        return text;
    }

    private void skipByteOrderMark() throws IOException {
        if (fill() && length - index >= 3 && (buffer[index] & 0xFF) == 0xEF && (buffer[index + 1] & 0xFF) == 0xBB
                && (buffer[index + 2] & 0xFF) == 0xBF) {
            index += 3;
            position += 3;
        }
    }

    private int peek() throws IOException {
        return fill() ? buffer[index] & 0xFF : -1;
    }

    private int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        position++;
        return buffer[index++] & 0xFF;
    }

    private boolean fill() throws IOException {
        if (index < length) {
            return true;
        }
        // readNBytes fills the buffer unless the stream ends, so a byte-order mark is never split.
        length = in.readNBytes(buffer, 0, buffer.length);
        index = 0;
        return length > 0;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /**
     * One record.
     *
     * @param offset  the byte offset it starts at
     * @param line    the line it starts on, counting from 1
     * @param fields  its fields, decoded
     * @param problem why it is broken (an unclosed quote), or null
     */
    record Row(long offset, long line, List<String> fields, String problem) {
    }
}
