package com.zhengqi.graph.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The commands' standard output, which remembers why a write to it failed. A {@link PrintWriter}
 * swallows write errors: {@code export > /dev/full} once said "exported ..." and exited 0.
 * {@link #check} turns a failed write into a {@link CommandFailure} naming the target and the
 * operating system's reason ("No space left on device").
 */
final class StandardOutput extends PrintWriter {

    private final FailureRecorder stream;

    private StandardOutput(FailureRecorder stream) {
        super(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
        this.stream = stream;
    }

    static StandardOutput open() {
        return new StandardOutput(new FailureRecorder(new FileOutputStream(FileDescriptor.out)));
    }

    /** Flushes {@code out} and fails the command when any write to it failed; {@code out} may be any writer (tests pass their own). */
    static void check(PrintWriter out) {
        out.flush();
        if (out.checkError()) {
            IOException failure = out instanceof StandardOutput standard ? standard.stream.failure : null;
            throw CommandFailure.writing("standard output", failure == null ? new IOException("a write failed") : failure);
        }
    }

    /** Passes bytes on and keeps the first exception, which the writer above it only counts. */
    private static final class FailureRecorder extends OutputStream {
        private final OutputStream out;
        private IOException failure;

        FailureRecorder(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                failure = failure == null ? e : failure;
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
                throw e;
            }
        }
    }
}
