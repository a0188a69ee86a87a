package org.complaintkit.core.store;

import java.util.HexFormat;

/**
 * A 32-byte hash (a seal, a command's fingerprint) between its text, 64 lower-case hexadecimal digits as the SPI
 * carries it, and its bytes, as the in-memory store keeps it. The text was checked where it entered the SPI
 * ({@code AppendRequest}, {@code CommandRecord}), so reading it needs no checks of its own; {@link HexFormat}'s
 * general parser cost a measurable share of an in-memory append.
 */
final class Hash32 {
    static final int BYTES = 32;
    private static final HexFormat HEX = HexFormat.of();

    private Hash32() {
    }

    /** Writes the bytes of a checked 64-digit lower-case text into an array at an offset. */
    static void parse(String text, byte[] into, int at) {
        for (int i = 0; i < BYTES; i++) {
            into[at + i] = (byte) (digit(text.charAt(2 * i)) << 4 | digit(text.charAt(2 * i + 1)));
        }
    }

    /** The text of the 32 bytes of an array at an offset. */
    static String format(byte[] from, int at) {
        return HEX.formatHex(from, at, at + BYTES);
    }

    private static int digit(char c) {
        return c <= '9' ? c - '0' : c - 'a' + 10;
    }
}
