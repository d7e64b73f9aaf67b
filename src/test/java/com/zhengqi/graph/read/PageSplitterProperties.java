package com.zhengqi.graph.read;

import com.zhengqi.graph.RandomInputs;
import com.zhengqi.graph.model.ArticleText;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever text comes in, reading it never throws and what comes out keeps the reader's promises.
 * Each repetition draws its text from a {@link RandomInputs} seeded with the repetition's number.
 */
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

    @RepeatedTest(value = 300, name = "seed {currentRepetition}")
    void anyUnicodeTextIsReadWithoutFailure(RepetitionInfo seed) {
        assertPromisesKept(SPLITTER.split(new RandomInputs(seed.getCurrentRepetition()).anyChars(300)));
    }

    @RepeatedTest(value = 500, name = "seed {currentRepetition}")
    void pageShapedNoiseIsReadWithoutFailure(RepetitionInfo seed) {
        assertPromisesKept(SPLITTER.split(pageShapedText(new RandomInputs(seed.getCurrentRepetition()))));
    }

    @RepeatedTest(value = 200, name = "seed {currentRepetition}")
    void cleaningIsIdempotent(RepetitionInfo seed) {
        String once = CLEANER.clean(pageShapedText(new RandomInputs(seed.getCurrentRepetition())));
        assertThat(CLEANER.clean(once)).isEqualTo(once);
    }

    @RepeatedTest(value = 5, name = "seed {currentRepetition}")
    void hugeUnbrokenAndManyLinedInputsAreRead(RepetitionInfo seed) {
        String unit = pageShapedText(new RandomInputs(seed.getCurrentRepetition()));
        String unbroken = unit.replace('\n', ' ').repeat(Math.max(1, 200_000 / Math.max(1, unit.length())));
        assertPromisesKept(SPLITTER.split(unbroken));
        assertPromisesKept(SPLITTER.split("本报讯(记者 王嘉晨)区长调研\n\n".repeat(20_000)));
        assertPromisesKept(SPLITTER.split("(".repeat(50_000) + "记者 王嘉晨" + ")".repeat(50_000)));
    }

    /** Up to 80 pieces, each a fragment of page structure, a run of Chinese or any five units. */
    private static String pageShapedText(RandomInputs random) {
        return random.joined(80, () -> random.oneOf(
                () -> random.oneOf(FRAGMENTS),
                () -> random.charsBetween('\u4E00', '\u9FA5', 1, 30),
                () -> random.anyChars(5)));
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
