package com.zhengqi.graph.read.source;

import com.zhengqi.graph.read.ReadFailures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Every format and encoding the reader takes, and the reason it gives for each file it cannot take. */
class DocumentReaderTest {

    private static final String PAGE = "区委书记李富生带领区商务局考察吴江市顺业纺织有限公司。\n\n经济要发展，项目是支撑，招商是关键。";
    private static final String TRADITIONAL = "區委書記李富生帶領區商務局考察吳江市順業紡織有限公司。經濟要發展，項目是支撐，招商是關鍵。";

    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader();

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path utf8(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private SourceDocument readOne(Path file) throws IOException {
        List<SourceDocument> documents = reader.read(file);
        assertThat(documents).hasSize(1);
        return documents.getFirst();
    }

    private String failureOf(DocumentReader reader, Path file) {
        try {
            reader.read(file);
        } catch (Exception e) {
            return ReadFailures.describe(e);
        }
        throw new AssertionError("expected " + file + " to fail");
    }

    /** What a lenient read of a file gives: the documents, and the records it skipped. */
    private record Lenient(List<SourceDocument> documents, List<SkippedRecord> skipped) {
    }

    private Lenient readSkipping(Path file) throws IOException {
        List<SkippedRecord> skipped = new ArrayList<>();
        List<SourceDocument> documents = reader.read(file, skipped::add);
        return new Lenient(documents, skipped);
    }

    private String failureOf(Path file) {
        return failureOf(reader, file);
    }

    @Test
    void readsUtf8TextWithAndWithoutByteOrderMark() throws IOException {
        byte[] plain = PAGE.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[plain.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, withBom, 3, plain.length);

        SourceDocument a = readOne(write("plain.txt", plain));
        SourceDocument b = readOne(write("bom.txt", withBom));

        assertThat(a.text()).isEqualTo(PAGE);
        assertThat(b.text()).isEqualTo(PAGE);
        assertThat(a.encoding()).isEqualTo("UTF-8");
        assertThat(a.source()).isEqualTo(dir.resolve("plain.txt").toString());
        assertThat(a.convertedFromTraditional()).isFalse();
    }

    @Test
    void detectsGbkAndGb18030WithoutBeingTold() throws IOException {
        SourceDocument gbk = readOne(write("gbk.txt", PAGE.getBytes(Charset.forName("GBK"))));
        SourceDocument gb18030 = readOne(write("gb18030.txt", (PAGE + "𠀀").getBytes(Charset.forName("GB18030"))));

        assertThat(gbk.text()).isEqualTo(PAGE);
        assertThat(gbk.encoding()).isEqualTo("GB18030");
        assertThat(gb18030.text()).isEqualTo(PAGE + "𠀀");
    }

    @Test
    void detectsBig5AndConvertsItToSimplifiedKeepingTheOriginal() throws IOException {
        SourceDocument big5 = readOne(write("big5.txt", TRADITIONAL.getBytes(Charset.forName("Big5"))));

        assertThat(big5.encoding()).isEqualTo("Big5-HKSCS");
        assertThat(big5.text()).startsWith("区委书记李富生带领区商务局考察吴江市顺业纺织有限公司。经济要发展");
        assertThat(big5.originalText()).isEqualTo(TRADITIONAL);
        assertThat(big5.convertedFromTraditional()).isTrue();
    }

    @Test
    void convertsTraditionalTextWhateverItsEncodingButLeavesSimplifiedTextAlone() throws IOException {
        SourceDocument traditionalUtf8 = readOne(write("tw.txt", TRADITIONAL.getBytes(StandardCharsets.UTF_8)));
        SourceDocument simplified = readOne(write("cn.txt", "乾隆年间的干部在后面发展头发。".getBytes(StandardCharsets.UTF_8)));

        assertThat(traditionalUtf8.text()).contains("区委书记");
        assertThat(traditionalUtf8.originalText()).isEqualTo(TRADITIONAL);
        assertThat(simplified.text()).isEqualTo("乾隆年间的干部在后面发展头发。");
        assertThat(simplified.originalText()).isNull();
    }

    @Test
    void theEncodingOptionOverridesDetectionAndNamesTheByteWhereItFails() throws IOException {
        Path gbk = write("gbk.txt", PAGE.getBytes(Charset.forName("GBK")));

        SourceDocument told = new DocumentReader(ReadOptions.forEncodingName("gb2312")).read(gbk).getFirst();
        String wrong = failureOf(new DocumentReader(ReadOptions.forEncodingName("utf-8")), gbk);

        assertThat(told.text()).isEqualTo(PAGE);
        assertThat(wrong).startsWith("not valid UTF-8 text at byte 0").contains("--encoding");
        assertThatThrownBy(() -> ReadOptions.forEncodingName("klingon"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown encoding 'klingon'");
    }

    @Test
    void refusesEmptyBlankAndBinaryFiles() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        byte[] controls = new byte[400];
        Arrays.fill(controls, (byte) 0x03);

        assertThat(failureOf(write("empty.txt", new byte[0]))).isEqualTo("empty file");
        assertThat(failureOf(write("blank.txt", " \n\t\n ".getBytes(StandardCharsets.UTF_8)))).isEqualTo("no text in it");
        assertThat(failureOf(write("image.txt", png))).startsWith("binary data, not text (a NUL byte at offset 8)");
        assertThat(failureOf(write("controls.txt", controls))).startsWith("binary data, not text (400 control characters");
        assertThat(failureOf(write("empty.html", new byte[0]))).isEqualTo("empty file");
        assertThat(failureOf(write("empty.pdf", new byte[0]))).isEqualTo("empty file");
        assertThat(failureOf(write("empty.jsonl", new byte[0]))).isEqualTo("empty file");
    }

    @Test
    void readsAFileWithAnUnknownExtensionAsText() throws IOException {
        assertThat(readOne(write("page.news", PAGE.getBytes(StandardCharsets.UTF_8))).text()).isEqualTo(PAGE);
    }

    @Test
    void refusesATwoHundredMegabyteTextFileByItsSizeWithoutLoadingIt() throws IOException {
        Path huge = dir.resolve("huge.txt");
        try (var file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(200L << 20);
        }
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();

        String reason = failureOf(huge);

        long grown = runtime.totalMemory() - runtime.freeMemory() - before;
        assertThat(reason).startsWith("too big: 200.0 MB, more than the 3.8 MB");
        assertThat(grown).as("bytes allocated while refusing").isLessThan(50L << 20);
    }

    @Test
    void refusesADocumentLongerThanTheLimitOfCharacters() throws IOException {
        String tooLong = "招商".repeat(ReadLimits.MAX_DOCUMENT_CHARS / 2 + 1);
        Path file = write("long.txt", tooLong.getBytes(StandardCharsets.UTF_8));

        assertThat(failureOf(file)).startsWith("too long: 1,000,002 characters of text, more than the 1,000,000");
    }

    @Test
    void refusesPipesAndFoldersAndNamesMissingFiles() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        Path folder = Files.createDirectory(dir.resolve("folder.txt"));

        assertThat(failureOf(fifo)).isEqualTo("not a regular file (a pipe, device or socket)");
        assertThat(failureOf(folder)).isEqualTo("a folder, not a file");
        assertThat(failureOf(dir.resolve("gone.txt"))).isEqualTo("no such file or folder (moved or deleted?)");
    }

    @Test
    void takesTheMainTextTitleAndDateOfAnHtmlPage() throws IOException {
        String html = """
                <!DOCTYPE html><html><head><meta charset="utf-8">
                <title>北关区招商引资结硕果_安阳市人民政府</title>
                <meta name="ArticleTitle" content="北关区：招商引资结硕果">
                <meta name="PubDate" content="2020-12-08 09:30">
                <script>var menu = "首页 新闻 政务公开";</script><style>p { color: red }</style>
                </head><body>
                <header><nav><a href="/">首页</a> <a href="/news">新闻中心</a> <a href="/gov">政务公开</a></nav></header>
                <div class="side"><ul><li>热点新闻一</li><li>热点新闻二</li></ul></div>
                <div class="article"><h1>北关区：招商引资结硕果</h1>
                <p>12月1日至4日，区委书记李富生带领区商务局相关人员赴天津、杭州等地招商考察。</p>
                <p>经济要发展，项目是支撑，招商是关键。今年年初以来，北关区切实增强开展招商引资工作的责任感和紧迫感。</p>
                <p>该区将招商引资列入“一把手工程”，区主要领导每月至少调度一次招商工作。</p>
                </div>
                <footer>版权所有 安阳市人民政府 备案号 12345</footer>
                </body></html>""";

        SourceDocument page = readOne(write("page.html", html.getBytes(StandardCharsets.UTF_8)));

        assertThat(page.title()).isEqualTo("北关区：招商引资结硕果");
        assertThat(page.publishedOn()).isEqualTo("2020-12-08");
        assertThat(page.text()).contains("区委书记李富生带领区商务局", "\n\n经济要发展", "一把手工程")
                .doesNotContain("首页", "热点新闻", "版权所有", "color", "var menu");
    }

    @Test
    void readsTheDateFromEachUsualMetaTagAndTheTitleFromTheTitleElement() throws IOException {
        for (String meta : List.of("<meta property=\"article:published_time\" content=\"2021-05-06T08:00:00+08:00\">",
                "<meta name=\"pubdate\" content=\"2021/5/6\">", "<meta name=\"publishdate\" content=\"2021年5月6日\">",
                "<meta itemprop=\"datePublished\" content=\"20210506\">")) {
            String html = "<html><head><title>标题</title>" + meta + "</head><body><p>" + PAGE + "</p></body></html>";
            SourceDocument page = readOne(write("dated.htm", html.getBytes(StandardCharsets.UTF_8)));
            assertThat(page.publishedOn()).as(meta).isEqualTo("2021-05-06");
            assertThat(page.title()).isEqualTo("标题");
        }
    }

    @Test
    void decodesAnHtmlPageInTheEncodingItDeclaresEvenWhenItUnderstatesIt() throws IOException {
        // Declared GB2312, but 镕 is a GBK character outside GB2312: what old government sites do.
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body><p>朱镕基"
                + PAGE + "</p></body></html>";

        SourceDocument page = readOne(write("old.html", html.getBytes(Charset.forName("GBK"))));

        assertThat(page.encoding()).isEqualTo("GB18030");
        assertThat(page.text()).startsWith("朱镕基区委书记");
    }

    @Test
    void readsTheTextLayerAndTitleOfAPdf() throws IOException {
        Path pdf = write("page.pdf", TestPdfs.latin("Page One", "Investment promotion", "second line of the page"));

        SourceDocument page = readOne(pdf);

        assertThat(page.text()).contains("Investment promotion\nsecond line of the page");
        assertThat(page.title()).isEqualTo("Page One");
        assertThat(page.encoding()).isNull();
    }

    @Test
    void readsChineseTextFromAPdf() throws IOException {
        Path pdf = write("zh.pdf", TestPdfs.chinese("区委书记李富生带领区商务局", "考察吴江市顺业纺织有限公司"));

        assertThat(readOne(pdf).text()).contains("区委书记李富生带领区商务局").contains("考察吴江市顺业纺织有限公司");
    }

    @Test
    void refusesBrokenTruncatedAndTextlessPdfs() throws IOException {
        byte[] whole = TestPdfs.latin("t", "some text");
        Path truncated = write("truncated.pdf", Arrays.copyOf(whole, whole.length / 3));

        assertThat(failureOf(write("fake.pdf", PAGE.getBytes(StandardCharsets.UTF_8)))).startsWith("not a readable PDF (");
        assertThat(failureOf(write("scan.pdf", TestPdfs.withoutText()))).startsWith("a PDF without a text layer");
        assertThat(failureOf(truncated)).satisfiesAnyOf(
                reason -> assertThat(reason).startsWith("not a readable PDF ("),
                reason -> assertThat(reason).startsWith("a PDF without a text layer"));
    }

    @Test
    void readsEachJsonLineAsOneDocumentWithItsHints() throws IOException {
        String lines = """
                {"text": "区委书记李富生带领区商务局考察。", "title": "招商", "source": "http://example.org/a", "publishedOn": "2020-12-08"}

                {"text": "市长李四会见客商。"}
                """;

        List<SourceDocument> documents = reader.read(write("news.jsonl", lines.getBytes(StandardCharsets.UTF_8)));

        assertThat(documents).hasSize(2);
        assertThat(documents.get(0)).isEqualTo(new SourceDocument("http://example.org/a", "区委书记李富生带领区商务局考察。", "招商",
                "2020-12-08", null, "UTF-8"));
        assertThat(documents.get(1).source()).isEqualTo(dir.resolve("news.jsonl") + ":3");
        assertThat(documents.get(1).title()).isNull();
    }

    @Test
    void readsAJsonArrayOrASingleJsonObject() throws IOException {
        Path array = write("a.json", "[{\"text\": \"甲。\"}, {\"text\": \"乙。\"}]".getBytes(StandardCharsets.UTF_8));
        Path single = write("b.json", "{\"text\": \"丙。\", \"title\": \"丁\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(reader.read(array)).extracting(SourceDocument::text, SourceDocument::source)
                .containsExactly(tuple("甲。", array + "#1"), tuple("乙。", array + "#2"));
        assertThat(readOne(single).title()).isEqualTo("丁");
    }

    @Test
    void aBadJsonRecordIsSkippedNamingItsLineAndTheOtherRecordsAreRead() throws IOException {
        Path lines = write("news.jsonl", """
                {"text": "甲。"}
                {"text": "坏
                {"title": "x"}

                {"text": 42}
                ["not", "an", "object"]
                {"text": "乙。"}
                """.getBytes(StandardCharsets.UTF_8));

        Lenient read = readSkipping(lines);

        assertThat(read.documents()).extracting(SourceDocument::text, SourceDocument::source)
                .containsExactly(tuple("甲。", lines + ":1"), tuple("乙。", lines + ":7"));
        List<SkippedRecord> skipped = read.skipped();
        assertThat(skipped).extracting(SkippedRecord::message).containsExactly(
                skipped.getFirst().message(),
                lines + ":3: no \"text\"",
                lines + ":5: \"text\" is not a string",
                lines + ":6: not a JSON object");
        assertThat(skipped.getFirst().message()).startsWith(lines + ":2: not valid JSON (");
        assertThat(skipped.getFirst().place()).isEqualTo("line 2");
    }

    @Test
    void aBadElementOfAJsonArrayIsSkippedNamingItsPlace() throws IOException {
        Path array = write("array.json", "[{\"text\": \"好。\"}, 7, {\"text\": \"\"}]".getBytes(StandardCharsets.UTF_8));

        Lenient read = readSkipping(array);

        assertThat(read.documents()).extracting(SourceDocument::source).containsExactly(array + "#1");
        assertThat(read.skipped()).extracting(SkippedRecord::message)
                .containsExactly(array + "#2: not a JSON object", array + "#3: no text in it");
    }

    @Test
    void aFileOfOnlyBadRecordsGivesNoDocumentsAndNamesEachOne() throws IOException {
        Path lines = utf8("bad.jsonl", "{oops}\n{\"title\": \"x\"}\n");

        Lenient read = readSkipping(lines);

        assertThat(read.documents()).isEmpty();
        assertThat(read.skipped()).extracting(SkippedRecord::location).containsExactly(lines + ":1", lines + ":2");
    }

    @Test
    void aJsonFileThatIsNotJsonAsAWholeFailsAsAWhole() throws IOException {
        assertThat(failureOf(utf8("broken.json", "[{\"text\": \"好。\"}, ")))
                .startsWith("the file: not valid JSON (");
        assertThat(failureOf(utf8("single.json", "{\"title\": \"x\"}")))
                .isEqualTo("the file: no \"text\"");
        assertThat(failureOf(utf8("blank.jsonl", "\n  \n"))).isEqualTo("no records in it");
    }

    @Test
    void readingAFileWholeFailsOnItsFirstBadRecordNamingItsLine() throws IOException {
        assertThat(failureOf(utf8("bad.jsonl", "{\"text\": \"好。\"}\n{\"text\": \"坏\n")))
                .startsWith("line 2: not valid JSON (");
        assertThat(failureOf(utf8("notext.jsonl", "{\"text\": \"好。\"}\n{\"title\": \"x\"}")))
                .isEqualTo("line 2: no \"text\"");
        assertThat(failureOf(utf8("number.jsonl", "{\"text\": 42}")))
                .isEqualTo("line 1: \"text\" is not a string");
        assertThat(failureOf(utf8("array.json", "[{\"text\": \"好。\"}, 7]")))
                .isEqualTo("record 2: not a JSON object");
        assertThat(failureOf(utf8("long.jsonl", "{\"text\": \"" + "长".repeat(ReadLimits.MAX_DOCUMENT_CHARS + 1) + "\"}")))
                .startsWith("line 1: too long: 1,000,001 characters");
    }
}
