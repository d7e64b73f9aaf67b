package com.zhengqi.graph.read;

import com.zhengqi.graph.model.ArticleText;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever text comes in, reading it never throws and what comes out keeps the reader's promises. */
class PageSplitterProperties {

    private static final PageSplitter SPLITTER = new PageSplitter();
    private static final TextCleaner CLEANER = new TextCleaner();

    /** Pieces of real page structure, so that random pages reach bylines, datelines, captions and joins. */
    private static final List<String> FRAGMENTS = List.of(
            "本报讯(", "记者 ", "通讯员", "□", "■", " 摄)", "摄", "(", ")", "（", "）", "【", "】", "讯(", "电(",
            "本版编辑 ", "校对", "发布时间：", "2020-12-08", "2021年2月30日", "来源：", "日报", "作者：", "——",
            "。", "，", "、", "；", "：", "“", "”", "？", "！", "\n", "\n\n", "\n\n\n", " ", "\u3000", "\t", "\r\n",
            "王嘉晨", "欧阳", "区委书记", "招商引资", "项目", "12", "４０", "余个", "ＬＥＤ", "图说新闻", "部门动态",
            "http://", "www.", "@", "/", "·", "\u200B", "\uFEFF", "\uD800", "\uDC00", "\uD83D\uDE00", "\u0000", "\u202E");

    @Property(tries = 300)
    void anyUnicodeTextIsReadWithoutFailure(@ForAll String text) {
        assertPromisesKept(SPLITTER.split(text));
    }

    @Property(tries = 500)
    void pageShapedNoiseIsReadWithoutFailure(@ForAll("pageShapedText") String text) {
        assertPromisesKept(SPLITTER.split(text));
    }

    @Property(tries = 200)
    void cleaningIsIdempotent(@ForAll("pageShapedText") String text) {
        String once = CLEANER.clean(text);
        assertThat(CLEANER.clean(once)).isEqualTo(once);
    }

    @Property(tries = 5)
    void hugeUnbrokenAndManyLinedInputsAreRead(@ForAll("pageShapedText") String seed) {
        String unbroken = seed.replace('\n', ' ').repeat(Math.max(1, 200_000 / Math.max(1, seed.length())));
        assertPromisesKept(SPLITTER.split(unbroken));
        assertPromisesKept(SPLITTER.split("本报讯(记者 王嘉晨)区长调研\n\n".repeat(20_000)));
        assertPromisesKept(SPLITTER.split("(".repeat(50_000) + "记者 王嘉晨" + ")".repeat(50_000)));
    }

    @Provide
    Arbitrary<String> pageShapedText() {
        Arbitrary<String> fragment = Arbitraries.oneOf(
                Arbitraries.of(FRAGMENTS),
                Arbitraries.strings().withCharRange('\u4E00', '\u9FA5').ofMinLength(1).ofMaxLength(30),
                Arbitraries.strings().all().ofMaxLength(5));
        return fragment.list().ofMaxSize(80).map(parts -> String.join("", parts));
    }

    private static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static void assertPromisesKept(List<ArticleText> articles) {
        assertThat(articles).isNotNull();
        for (ArticleText article : articles) {
            assertThat(article.title()).isNotNull();
            assertThat(article.text()).isNotBlank().doesNotContain("\r", "\u3000", "\u200B", "\uFEFF");
            assertThat(article.text().codePoints()).noneMatch(cp -> cp >= 0xFF10 && cp <= 0xFF19 || cp >= 0xFF21 && cp <= 0xFF3A
                    || cp >= 0xFF41 && cp <= 0xFF5A || cp == 0xFF08 || cp == 0xFF09);
            assertThat(hasUnpairedSurrogate(article.text())).isFalse();
            assertThat(article.credits()).allSatisfy(c -> assertThat(c.name()).isNotBlank().doesNotContain(" "));
            if (article.publishedOn() != null) {
                assertThat(LocalDate.parse(article.publishedOn())).isNotNull();
            }
        }
    }
}
