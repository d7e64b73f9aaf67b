package com.zhengqi.graph.ner;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class PerceptronEntityTaggerTest {

    private final PerceptronEntityTagger tagger = PerceptronEntityTagger.shared();

    @Test
    void findsCompanyPositionAndPersonInANewsSentence() {
        List<EntitySpan> spans = tagger.tag("华为技术有限公司董事长任正非昨天在深圳会见了来访的客人。");

        assertThat(spans).contains(
                new EntitySpan("company", 0, 8, "华为技术有限公司"),
                new EntitySpan("position", 8, 11, "董事长"),
                new EntitySpan("name", 11, 14, "任正非"));
    }

    @Test
    void findsGovernmentBodyAndOfficial() {
        List<EntitySpan> spans = tagger.tag("国家发改委副主任张明表示，今年将继续加大对中西部地区的投资。");

        assertThat(spans).contains(
                new EntitySpan("government", 0, 5, "国家发改委"),
                new EntitySpan("position", 5, 8, "副主任"),
                new EntitySpan("name", 8, 10, "张明"));
    }

    @Test
    void findsReporterAndCompanyGroup() {
        List<EntitySpan> spans = tagger.tag("据新华社记者李明报道，阿里巴巴集团与杭州市政府签署战略合作协议。");

        assertThat(spans).contains(
                new EntitySpan("position", 4, 6, "记者"),
                new EntitySpan("name", 6, 8, "李明"),
                new EntitySpan("company", 11, 17, "阿里巴巴集团"),
                new EntitySpan("government", 18, 23, "杭州市政府"));
    }

    @Test
    void spansAreInOrderDoNotOverlapAndQuoteTheText() {
        String text = "中国人民银行行长周小川在北京出席论坛并发表讲话，招商银行总经理田惠宇也在会上发言。";

        List<EntitySpan> spans = tagger.tag(text);

        assertThat(spans).isNotEmpty();
        int previousEnd = 0;
        for (EntitySpan span : spans) {
            assertThat(span.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(span.end()).isGreaterThan(span.start());
            assertThat(span.text()).isEqualTo(text.substring(span.start(), span.end()));
            previousEnd = span.end();
        }
    }

    @Test
    void longTextsAreTaggedPieceByPieceWithOffsetsIntoTheWholeText() {
        String sentence = "华为技术有限公司董事长任正非昨天在深圳会见了来访的客人。";
        String text = sentence.repeat(6);

        List<EntitySpan> spans = tagger.tag(text);

        assertThat(text.length()).isGreaterThan(SentencePieces.LONG);
        for (int k = 0; k < 6; k++) {
            int offset = k * sentence.length();
            assertThat(spans).contains(new EntitySpan("name", offset + 11, offset + 14, "任正非"));
        }
    }

    @Test
    void emptyAndEntityFreeTextsGiveNoSpans() {
        assertThat(tagger.tag("")).isEmpty();
        assertThat(tagger.tag("今天天气很好，我们去散步吧。")).isEmpty();
    }

    @Test
    void anyTextGivesWellFormedSpans() {
        Random random = new Random(42);
        String alphabet = "李明记者董事长有限公司集团政府局北京市。，、！？ \n\t\r\u0000\u3000ＡＢ１２ab12“”《》😀";
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            int length = round == 0 ? 3000 : random.nextInt(300);
            while (text.length() < length) {
                text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            String input = text.toString();
            for (EntitySpan span : tagger.tag(input)) {
                assertThat(span.start()).isBetween(0, input.length() - 1);
                assertThat(span.end()).isBetween(span.start() + 1, input.length());
                assertThat(span.text()).isEqualTo(input.substring(span.start(), span.end()));
            }
        }
    }

    @Test
    void aLongTextWithoutPunctuationIsCutIntoBoundedPieces() {
        String text = "李明".repeat(2 * SentencePieces.LONGEST);

        List<int[]> pieces = SentencePieces.split(text);

        assertThat(pieces).allSatisfy(p -> assertThat(p[1] - p[0]).isLessThanOrEqualTo(SentencePieces.LONGEST));
        assertThat(pieces.getFirst()[0]).isZero();
        assertThat(pieces.getLast()[1]).isEqualTo(text.length());
        for (int k = 1; k < pieces.size(); k++) {
            assertThat(pieces.get(k)[0]).isEqualTo(pieces.get(k - 1)[1]);
        }
    }

    @Test
    void givesTheSameAnswersFromManyThreads() throws Exception {
        List<String> texts = List.of("华为技术有限公司董事长任正非昨天在深圳会见了来访的客人。",
                "国家发改委副主任张明表示，今年将继续加大对中西部地区的投资。",
                "据新华社记者李明报道，阿里巴巴集团与杭州市政府签署战略合作协议。");
        List<List<EntitySpan>> expected = texts.stream().map(tagger::tag).toList();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<List<EntitySpan>>> answers = IntStream.range(0, 200)
                    .mapToObj(i -> pool.submit(() -> tagger.tag(texts.get(i % texts.size())))).toList();
            for (int i = 0; i < answers.size(); i++) {
                assertThat(answers.get(i).get()).isEqualTo(expected.get(i % texts.size()));
            }
        }
    }

    @Test
    void theBundledModelKnowsTheClueNerLabels() {
        LinearChainModel model = PerceptronEntityTagger.load(PerceptronEntityTagger.MODEL_RESOURCE);

        assertThat(model.tags().labels()).contains("name", "position", "company", "government", "organization", "address");
        assertThat(model.featureCount()).isGreaterThan(10_000);
    }
}
