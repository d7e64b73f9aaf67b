package com.zhengqi.graph.read.source;

import com.zhengqi.graph.RandomInputs;
import com.zhengqi.graph.extract.NewsPageExtractor;
import com.zhengqi.graph.extract.PageExtractor;
import com.zhengqi.graph.model.FileGraph;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random, hostile and oversized input thrown at the reader and the extractor: the reader answers
 * with documents or an {@link IOException} carrying a reason, never anything else; the extractor
 * returns a graph for any text; and memory stays bounded at the size limits. Each repetition draws
 * its input from a {@link RandomInputs} seeded with the repetition's number.
 */
class HostileInputProperties {

    private static final List<String> EXTENSIONS = List.of("txt", "html", "htm", "pdf", "json", "jsonl", "dat");
    private static final PageExtractor EXTRACTOR = new NewsPageExtractor();
    /** The common Han block and the punctuation, digits and units of news text. */
    private static final String CHINESE = IntStream.rangeClosed('\u4E00', '\u9FA5')
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + "，。！？、：；“”《》 \n0123456789亿万元";
    private static final List<String> REPEATED_UNITS = List.of("书记", "。", "\n", "有限公司", "\uD800", "\u0000", "李");
    private static final List<String> SOUP = List.of("<p>", "</p>", "<div>", "</div>", "<script>", "</script>", "<!--", "-->", "<br>",
            "<title>", "</title>", "<meta name=\"pubdate\" content=\"", "<meta charset=\"big5\">", "\">", "区委书记李富生", "&amp;", "&#0;",
            "&#xD800;", "\u0000", "{\"text\": \"", "\"}", "\n", "[", "]", "{", "}", "\\u0000", "\\", "%PDF-1.7", "obj", "endobj", "9999-99-99");
    private static final List<String> FILLERS = List.of("区委书记李富生带领区商务局考察吴江市顺业纺织有限公司。", "招", "。", "a b c\n");
    private final DocumentReader reader = new DocumentReader();

    @RepeatedTest(value = 300, name = "seed {currentRepetition}")
    void theReaderAnswersAnyBytesWithDocumentsOrAReason(RepetitionInfo seed) throws IOException {
        RandomInputs random = new RandomInputs(seed.getCurrentRepetition());
        assertReadableOrRefused(random.bytes(8192), random.oneOf(EXTENSIONS));
    }

    @RepeatedTest(value = 200, name = "seed {currentRepetition}")
    void theReaderAnswersAnyTagSoupOrJsonSoupWithDocumentsOrAReason(RepetitionInfo seed) throws IOException {
        RandomInputs random = new RandomInputs(seed.getCurrentRepetition());
        String soup = random.joined(200, () -> random.oneOf(SOUP));
        assertReadableOrRefused(soup.getBytes(StandardCharsets.UTF_8), random.oneOf(EXTENSIONS));
    }

    @RepeatedTest(value = 300, name = "seed {currentRepetition}")
    void theExtractorReturnsAGraphForAnyText(RepetitionInfo seed) {
        String text = anyText(new RandomInputs(seed.getCurrentRepetition()));
        FileGraph graph = EXTRACTOR.extract(SourceDocument.ofText("fuzz", text));

        assertThat(graph.source()).isEqualTo("fuzz");
        graph.articles().forEach(article -> assertThat(article.text()).isNotNull());
    }

    /** A fifth of the limit: the full engine needs minutes for a whole million characters on two shared cores. */
    @RepeatedTest(value = 1, name = "seed {currentRepetition}")
    void memoryStaysBoundedForALargeDocument(RepetitionInfo seed) {
        String unit = new RandomInputs(seed.getCurrentRepetition()).oneOf(FILLERS);
        String largest = unit.repeat(ReadLimits.MAX_DOCUMENT_CHARS / 5 / unit.length());
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();

        FileGraph graph = EXTRACTOR.extract(SourceDocument.ofText("largest", largest));

        long peakBound = 1L << 30;
        long used = runtime.totalMemory() - runtime.freeMemory() - before;
        assertThat(graph.articles()).isNotNull();
        assertThat(used).as("heap used by one extraction of %,d characters", largest.length()).isLessThan(peakBound);
    }

    private void assertReadableOrRefused(byte[] bytes, String extension) throws IOException {
        Path file = Files.createTempFile("fuzz", "." + extension);
        try {
            Files.write(file, bytes);
            List<SourceDocument> documents;
            try {
                documents = reader.read(file);
            } catch (IOException refused) {
                assertThat(refused.getMessage()).isNotBlank().doesNotContain("\n");
                return;
            }
            assertThat(documents).isNotEmpty();
            for (SourceDocument document : documents) {
                assertThat(document.text()).isNotBlank();
                assertThat(document.text().length()).isLessThanOrEqualTo(ReadLimits.MAX_DOCUMENT_CHARS);
                EXTRACTOR.extract(document);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Any units, Chinese with punctuation, or one unit repeated up to 50,000 times. */
    private static String anyText(RandomInputs random) {
        return random.oneOf(
                () -> random.anyChars(3000),
                () -> random.charsFrom(CHINESE, 5000),
                () -> random.oneOf(REPEATED_UNITS).repeat(random.between(1, 50_000)));
    }
}
