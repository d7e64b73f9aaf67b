package com.zhengqi.graph;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No string or char literal under src/main/java holds a Chinese character or Chinese punctuation, written out or as
 * a unicode escape: rules live in lexicon files. Comments may keep their examples.
 */
class SourceRulesTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern ESCAPE = Pattern.compile("\\\\u+([0-9a-fA-F]{4})");

    @Test
    void noMainSourceHasChineseInALiteral() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                offenders.addAll(chineseLiterals(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        assertThat(offenders).as("literals holding Chinese under " + MAIN).isEmpty();
    }

    @Test
    void theScanFindsChineseInStringsCharsAndEscapesButNotInComments() {
        String source = """
                class A {
                    // 注释 "在注释里"
                    /* 块注释 '中' */
                    String a = "plain";
                    String b = "项目";
                    char c = '，';
                    String d = "\\u4e00";
                    String e = "say \\"嗨\\"";
                    String f = \"""
                        文本块
                        \""";
                }
                """;
        assertThat(chineseLiterals("A.java", source)).containsExactly("A.java:5", "A.java:6", "A.java:7", "A.java:8", "A.java:9");
    }

    /** file:line of every string, text block or char literal holding Chinese, comments skipped. */
    static List<String> chineseLiterals(String file, String source) {
        List<String> found = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2) + 2;
                line += count(source, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                String quote = source.startsWith("\"\"\"", i) ? "\"\"\"" : String.valueOf(c);
                int end = closing(source, i + quote.length(), quote);
                if (holdsChinese(source.substring(i, end))) {
                    found.add(file + ":" + line);
                }
                line += count(source, i, end);
                i = end;
            } else {
                i++;
            }
        }
        return found;
    }

    private static int closing(String source, int from, String quote) {
        int j = from;
        while (!source.startsWith(quote, j)) {
            j += source.charAt(j) == '\\' ? 2 : 1;
        }
        return j + quote.length();
    }

    private static int count(String source, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (source.charAt(k) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static boolean holdsChinese(String literal) {
        if (literal.chars().anyMatch(SourceRulesTest::isChinese)) {
            return true;
        }
        Matcher escape = ESCAPE.matcher(literal);
        while (escape.find()) {
            if (isChinese(Integer.parseInt(escape.group(1), 16))) {
                return true;
            }
        }
        return false;
    }

    /** CJK symbols and punctuation, full-width and half-width forms, unified ideographs and extension A. */
    private static boolean isChinese(int c) {
        return c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFFEF || c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF;
    }
}
