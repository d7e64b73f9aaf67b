package com.zhengqi.graph.extract;

import com.zhengqi.graph.model.ArticleText;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stand-in for the reader's page splitter: the whole page is one article, with a light clean-up (full-width
 * digits and letters to ASCII, words broken across blank lines joined) and bylines read as credits.
 */
final class WholePage {

    private static final Pattern BROKEN_LINE = Pattern.compile("([\\u4e00-\\u9fff，、])\\n\\s*\\n(?=[\\u4e00-\\u9fff，。、])");
    private static final Pattern CREDIT = Pattern.compile("(记者|通讯员|编辑|校对)[ \\u3000]+((?:[\\u4e00-\\u9fff]{2,3}[ \\u3000]*)+)");
    private static final Pattern PHOTO = Pattern.compile("([\\u4e00-\\u9fff]{2,3})[ \\u3000]摄");
    private static final Pattern DATE = Pattern.compile("(?:发布时间|发稿时间)[：:]\\s*(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");

    private WholePage() {
    }

    static List<ArticleText> split(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC).replace("\r", "");
        text = joinBrokenLines(text).strip();
        String title = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        List<ArticleText.Credit> credits = new ArrayList<>();
        Matcher credit = CREDIT.matcher(text);
        while (credit.find()) {
            ArticleText.Role role = switch (credit.group(1)) {
                case "通讯员" -> ArticleText.Role.CORRESPONDENT;
                case "编辑", "校对" -> ArticleText.Role.EDITOR;
                default -> ArticleText.Role.REPORTER;
            };
            for (String name : credit.group(2).strip().split("[ \\u3000]+")) {
                credits.add(new ArticleText.Credit(name, role));
            }
        }
        Matcher photo = PHOTO.matcher(text);
        while (photo.find()) {
            credits.add(new ArticleText.Credit(photo.group(1), ArticleText.Role.PHOTOGRAPHER));
        }
        Matcher date = DATE.matcher(text);
        String publishedOn = date.find()
                ? "%s-%02d-%02d".formatted(date.group(1), Integer.parseInt(date.group(2)), Integer.parseInt(date.group(3))) : null;
        return List.of(new ArticleText(title, text, publishedOn, null, credits));
    }

    private static String joinBrokenLines(String text) {
        StringBuilder out = new StringBuilder(text.length());
        String[] paragraphs = text.split("\n", -1);
        for (int i = 0; i < paragraphs.length; i++) {
            out.append(paragraphs[i]);
            if (i < paragraphs.length - 1) {
                out.append('\n');
            }
        }
        Matcher m = BROKEN_LINE.matcher(out);
        StringBuilder joined = new StringBuilder();
        while (m.find()) {
            int lineStart = out.lastIndexOf("\n", m.start()) + 1;
            boolean longLine = m.start() - lineStart >= 30;
            m.appendReplacement(joined, longLine ? "$1" : "$0");
        }
        m.appendTail(joined);
        return joined.toString();
    }
}
