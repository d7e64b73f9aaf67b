package com.zhengqi.graph.read.source;

import org.jspecify.annotations.Nullable;
import org.mozilla.universalchardet.UniversalDetector;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Decodes the bytes of a text file whose encoding is not known for sure. In order: a byte-order
 * mark; the encoding the user named; the one the file declares (an HTML meta tag); strict UTF-8;
 * what a statistical detector (juniversalchardet) guesses; GB18030, then Big5. Of those that decode every byte
 * without error, the one whose text reads most like Chinese ({@link HanPlausibility}) wins, the earlier on a near
 * tie: double-byte encodings decode each other's bytes without error, so a page declaring GB2312 while written in
 * Big5 (or UTF-8) would otherwise come out silently garbled.
 */
final class TextDecoder {

    /** The detector settles within a few kilobytes; feeding it more only costs time. */
    private static final int DETECTOR_SAMPLE = 64 * 1024;
    private static final int BINARY_SAMPLE = 8 * 1024;
    /** A later candidate must read this much more like Chinese to win over an earlier one. */
    private static final double PLAUSIBILITY_MARGIN = 0.05;

    /** Decoded text and the name of the encoding it was decoded from. */
    record Decoded(String text, String encoding) {
    }

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes, @Nullable Charset requested, @Nullable String declared) throws UnreadableSourceException {
        ByteOrderMark bom = ByteOrderMark.of(bytes);
        if (bom != null) {
            return strictOrFail(bytes, bom.length(), bom.charset(), "its byte-order mark says " + bom.charset().name());
        }
        if (requested != null) {
            return strictOrFail(bytes, 0, requested, "--encoding " + requested.name());
        }
        rejectBinary(bytes);
        Decoded best = null;
        double bestScore = -1;
        for (Charset candidate : candidates(bytes, declared)) {
            String text = strict(bytes, 0, candidate).text();
            if (text == null || best != null && text.equals(best.text())) {
                continue;
            }
            double score = HanPlausibility.of(text);
            if (score > bestScore + PLAUSIBILITY_MARGIN) {
                best = new Decoded(text, candidate.name());
                bestScore = score;
            }
        }
        if (best != null) {
            return best;
        }
        throw new UnreadableSourceException("cannot tell its encoding (it is not valid UTF-8, GBK/GB18030 or Big5); name it with --encoding");
    }

    private static Set<Charset> candidates(byte[] bytes, @Nullable String declared) {
        Set<Charset> candidates = new LinkedHashSet<>();
        if (declared != null) {
            try {
                candidates.add(Encodings.forName(declared));
            } catch (IllegalArgumentException e) {
                // A page that declares an encoding Java does not know is decoded as if it declared none.
            }
        }
        candidates.add(StandardCharsets.UTF_8);
        String detected = detect(bytes);
        if (detected != null) {
            try {
                candidates.add(Encodings.forName(detected));
            } catch (IllegalArgumentException e) {
                // The detector knows a few names Java does not; the fixed candidates below still apply.
            }
        }
        candidates.add(Encodings.GB18030);
        candidates.add(Encodings.BIG5);
        return candidates;
    }

    private static @Nullable String detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, DETECTOR_SAMPLE));
        detector.dataEnd();
        return detector.getDetectedCharset();
    }

    /**
     * Text never holds NUL bytes (UTF-16 and UTF-32 files carry a byte-order mark and are decoded
     * before this check), and seldom more than a few other control characters.
     */
    private static void rejectBinary(byte[] bytes) throws UnreadableSourceException {
        int sample = Math.min(bytes.length, BINARY_SAMPLE);
        int controls = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new UnreadableSourceException("binary data, not text (a NUL byte at offset " + i + ")");
            }
            // Tab, line feed, vertical tab, form feed, carriage return and escape (ISO-2022) occur in text.
            if (i < sample && b < 0x20 && (b < 0x09 || b > 0x0D) && b != 0x1B) {
                controls++;
            }
        }
        if (sample > 0 && controls * 20 > sample) {
            throw new UnreadableSourceException("binary data, not text (%d control characters in its first %d bytes)".formatted(controls, sample));
        }
    }

    private static Decoded strictOrFail(byte[] bytes, int from, Charset charset, String why) throws UnreadableSourceException {
        Attempt attempt = strict(bytes, from, charset);
        if (attempt.text() == null) {
            throw new UnreadableSourceException("not valid %s text at byte %d (%s)".formatted(charset.name(), attempt.errorOffset(), why));
        }
        return new Decoded(attempt.text(), charset.name());
    }

    private record Attempt(@Nullable String text, long errorOffset) {
    }

    private static Attempt strict(byte[] bytes, int from, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16,
                (long) Math.ceil((bytes.length - from) * (double) decoder.maxCharsPerByte()) + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            return new Attempt(null, in.position());
        }
        return new Attempt(out.flip().toString(), -1);
    }

    /** The byte-order marks that decide the encoding on their own. */
    private record ByteOrderMark(Charset charset, int length) {

        static @Nullable ByteOrderMark of(byte[] b) {
            List<ByteOrderMark> marks = new ArrayList<>();
            if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
                marks.add(new ByteOrderMark(StandardCharsets.UTF_8, 3));
            }
            if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
                marks.add(new ByteOrderMark(Charset.forName("UTF-32LE"), 4));
            }
            if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
                marks.add(new ByteOrderMark(Charset.forName("UTF-32BE"), 4));
            }
            if (startsWith(b, 0xFF, 0xFE)) {
                marks.add(new ByteOrderMark(StandardCharsets.UTF_16LE, 2));
            }
            if (startsWith(b, 0xFE, 0xFF)) {
                marks.add(new ByteOrderMark(StandardCharsets.UTF_16BE, 2));
            }
            return marks.isEmpty() ? null : marks.getFirst();
        }

        private static boolean startsWith(byte[] bytes, int... prefix) {
            if (bytes.length < prefix.length) {
                return false;
            }
            for (int i = 0; i < prefix.length; i++) {
                if ((bytes[i] & 0xFF) != prefix[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
