package com.zhengqi.graph.read.source;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * A PDF, typically one newspaper page: the text of its text layer in reading order, with its line
 * breaks as they are (the reader's clean-up joins the lines of a paragraph). A PDF without a text
 * layer (a scan) has no text to read and is reported as such.
 */
final class PdfReader implements FormatReader {

    @Override
    public List<SourceDocument> read(Path file, Consumer<SkippedRecord> skipped) throws IOException {
        FileBytes.checkSize(file, ReadLimits.MAX_CONTAINER_FILE_BYTES);
        if (Files.size(file) == 0) {
            throw new UnreadableSourceException("empty file");
        }
        String text;
        String title;
        // Parsed objects are cached in a temporary file, not on the heap, so a big PDF stays cheap.
        try (PDDocument pdf = Loader.loadPDF(file.toFile(), "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setPageEnd("\n\n");
            BoundedWriter out = new BoundedWriter(ReadLimits.MAX_DOCUMENT_CHARS);
            stripper.writeText(pdf, out);
            text = out.toString();
            title = pdf.getDocumentInformation().getTitle();
        } catch (InvalidPasswordException e) {
            throw new UnreadableSourceException("a password-protected PDF");
        } catch (UnreadableSourceException e) {
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // PDFBox is lenient and repairs what it can; what it cannot repair is a broken or truncated file.
            throw new UnreadableSourceException("not a readable PDF (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")", e);
        }
        if (text.isBlank()) {
            throw new UnreadableSourceException("a PDF without a text layer (a scanned page? run OCR on it first)");
        }
        return List.of(Documents.make(file.toString(), text, title, null, null));
    }

    /** Collects text and stops the extraction as soon as it passes the limit, instead of after the whole file. */
    private static final class BoundedWriter extends Writer {
        private final StringBuilder text = new StringBuilder();
        private final int limit;

        BoundedWriter(int limit) {
            this.limit = limit;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws UnreadableSourceException {
            if (text.length() + length > limit) {
                throw new UnreadableSourceException("too long: more than the %,d characters of text one document may have (split it)".formatted(limit));
            }
            text.append(chars, offset, length);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
