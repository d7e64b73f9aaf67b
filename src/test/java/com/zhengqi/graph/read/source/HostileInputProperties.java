package com.zhengqi.graph.read.source;

import com.zhengqi.graph.extract.NewsPageExtractor;
import com.zhengqi.graph.extract.PageExtractor;
import com.zhengqi.graph.model.FileGraph;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random, hostile and oversized input thrown at the reader and the extractor: the reader answers
 * with documents or an {@link IOException} carrying a reason, never anything else; the extractor
 * returns a graph for any text; and memory stays bounded at the size limits.
 */
class HostileInputProperties {

    private static final List<String> EXTENSIONS = List.of("txt", "html", "htm", "pdf", "json", "jsonl", "dat");
    private static final PageExtractor EXTRACTOR = new NewsPageExtractor();
    private final DocumentReader reader = new DocumentReader();

    @Property(tries = 300)
    void theReaderAnswersAnyBytesWithDocumentsOrAReason(@ForAll @Size(max = 8192) byte[] bytes, @ForAll("extensions") String extension)
            throws IOException {
        assertReadableOrRefused(bytes, extension);
    }

    @Property(tries = 200)
    void theReaderAnswersAnyTagSoupOrJsonSoupWithDocumentsOrAReason(@ForAll("soup") String soup, @ForAll("extensions") String extension)
            throws IOException {
        assertReadableOrRefused(soup.getBytes(StandardCharsets.UTF_8), extension);
    }

    @Property(tries = 300)
    void theExtractorReturnsAGraphForAnyText(@ForAll("anyText") String text) {
        FileGraph graph = EXTRACTOR.extract(SourceDocument.ofText("fuzz", text));

        assertThat(graph.source()).isEqualTo("fuzz");
        graph.articles().forEach(article -> assertThat(article.text()).isNotNull());
    }

    /** A fifth of the limit: the full engine needs minutes for a whole million characters on two shared cores. */
    @Property(tries = 1)
    void memoryStaysBoundedForALargeDocument(@ForAll("filler") String unit) {
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

    @Provide
    Arbitrary<String> extensions() {
        return Arbitraries.of(EXTENSIONS);
    }

    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(3000);
        Arbitrary<String> chinese = Arbitraries.strings().withCharRange('\u4E00', '\u9FA5').withChars("，。！？、：；“”《》 \n0123456789亿万元")
                .ofMaxLength(5000);
        Arbitrary<String> repeated = Arbitraries.of("书记", "。", "\n", "有限公司", "\uD800", "\u0000", "李")
                .flatMap(unit -> Arbitraries.integers().between(1, 50_000).map(unit::repeat));
        return Arbitraries.oneOf(anyChars, chinese, repeated);
    }

    @Provide
    Arbitrary<String> soup() {
        return Arbitraries.of("<p>", "</p>", "<div>", "</div>", "<script>", "</script>", "<!--", "-->", "<br>", "<title>", "</title>",
                        "<meta name=\"pubdate\" content=\"", "<meta charset=\"big5\">", "\">", "区委书记李富生", "&amp;", "&#0;", "&#xD800;",
                        "\u0000", "{\"text\": \"", "\"}", "\n", "[", "]", "{", "}", "\\u0000", "\\", "%PDF-1.7", "obj", "endobj", "9999-99-99")
                .list().ofMaxSize(200).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> filler() {
        return Arbitraries.of("区委书记李富生带领区商务局考察吴江市顺业纺织有限公司。", "招", "。", "a b c\n");
    }
}
