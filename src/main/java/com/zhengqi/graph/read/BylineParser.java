package com.zhengqi.graph.read;

import com.zhengqi.graph.lexicon.Chars;
import com.zhengqi.graph.lexicon.Lexicon;
import com.zhengqi.graph.lexicon.Terms;
import com.zhengqi.graph.model.ArticleText.Credit;
import com.zhengqi.graph.model.ArticleText.Role;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds bylines where newspapers print them and reads the credits in them:
 * <ul>
 *   <li>a byline line above an article: {@code □本报记者 王嘉晨 通讯员 程志吉}, {@code 本报通讯员 杜文翰}, {@code □韩小凤 姚萌};</li>
 *   <li>a dateline opening the first paragraph: {@code 本报讯(记者 卢文军)…}, {@code 开发区讯(高庆贺)…},
 *       {@code 新华社北京3月5日电(记者 …)…}, {@code 本报讯 记者 张三 通讯员 李四 …};</li>
 *   <li>a photo credit on its own line or closing a caption: {@code (吕晓璞 摄)}, {@code 本报通讯员 张绍杰 摄}, {@code …第一课。党贺喜 摄};</li>
 *   <li>a credit closing an article: {@code …。(记者 张三)};</li>
 *   <li>a page footer of editors: {@code 本版编辑 辛宏 王森 本版校对 刘铁铮}.</li>
 * </ul>
 * Every form is accepted only when all of it reads as role words and names (see {@link CreditParser}).
 */
final class BylineParser {

    private static final int LONGEST_BYLINE_LINE = 60;
    /** Box and bullet marks some papers print before a byline. */
    private static final Pattern BYLINE_MARK = Pattern.compile("[□■◎●▲◆★☆◇○⊙]+\\s*");
    private static final Terms RULES = Terms.load("rules/read.txt");
    private static final Pattern IN_BRACKETS = RULES.pattern("byline-in-brackets");
    /** "本报讯", "本刊讯", "晚报讯": the paper's own dateline, which opens an article even without credits. */
    private static final Pattern OWN_DATELINE = RULES.pattern("own-dateline");
    /** "新华社北京3月5日电", "本报郑州2月3日讯": an agency or paper dateline with place and date. */
    private static final Pattern DATED_DATELINE = RULES.pattern("dated-dateline");
    /** Any "<place or unit>讯(" or "…电(" opening: accepted only when the brackets hold credits. */
    private static final Pattern BRACKETED_DATELINE = RULES.pattern("bracketed-dateline");
    private static final Pattern OPENING_BRACKETS = RULES.pattern("opening-brackets");
    /** "某某日报记者 某某": the paper named before the role word of a byline line. */
    private static final Pattern PAPER_BEFORE_ROLE = RULES.pattern("paper-before-role");
    private static final Pattern CLOSING_BRACKETS = RULES.pattern("closing-brackets");
    /** "…。党贺喜 摄": a photo credit without brackets after the last sentence of a caption. */
    private static final Pattern CLOSING_PHOTO_CREDIT = RULES.pattern("closing-photo-credit");
    private static final Pattern END_MARK = RULES.pattern("end-mark");
    private static final int MOST_UNBRACKETED_TOKENS = 8;
    /** Filing words of more than one character (报道): a single 电 or 讯 could be part of a name or a place. */
    private static final List<String> FILING_WORDS = Lexicon.words("dateline-filing-words.txt").stream()
            .filter(w -> w.length() > 1).toList();
    /** A name of two and a place of two characters at least, seven at most together. */
    private static final int SHORTEST_FILED_GLUE = 4;
    private static final int SHORTEST_NAME = 2;
    private static final int LONGEST_FILED_RUN = 7;

    /** A dateline read off the start of a paragraph: the credits and the text that follows. */
    record Dateline(List<Credit> credits, String body) {
    }

    /** A credit read off the end of a paragraph: the paragraph without it, and the credits. */
    record Closing(String rest, List<Credit> credits) {
    }

    private final CreditParser credits;

    BylineParser(CreditParser credits) {
        this.credits = credits;
    }

    /** A whole line that is a byline printed above an article; photo credits are not. */
    Optional<List<Credit>> bylineLine(String line) {
        if (line.length() > LONGEST_BYLINE_LINE || isPhotoCredit(line)) {
            return Optional.empty();
        }
        Matcher mark = BYLINE_MARK.matcher(line);
        boolean marked = mark.lookingAt();
        String rest = marked ? line.substring(mark.end()) : line;
        Matcher paper = PAPER_BEFORE_ROLE.matcher(rest);
        if (!credits.startsWithRoleWord(rest) && paper.lookingAt() && credits.startsWithRoleWord(rest.substring(paper.end()))) {
            rest = rest.substring(paper.end()); // 某某日报记者 某某: the paper's name is no credit, its reporter is
        }
        if (!marked && !credits.startsWithRoleWord(rest)) {
            return Optional.empty();
        }
        return credits.parse(rest, Role.REPORTER, true).filter(list -> !onlyEditors(list));
    }

    /** A whole line that credits a photograph: "(谢芳 摄)", "本报通讯员 张绍杰 摄". */
    Optional<List<Credit>> photoCreditLine(String line) {
        if (line.length() > LONGEST_BYLINE_LINE) {
            return Optional.empty();
        }
        String inside = unbracketed(line);
        return isPhotoCredit(inside) ? credits.parse(inside, Role.PHOTOGRAPHER, false) : Optional.empty();
    }

    /** A whole line naming the editors of the page: "本版编辑 辛宏 王森 本版校对 刘铁铮", "责任编辑：张三". */
    Optional<List<Credit>> editorLine(String line) {
        String inside = unbracketed(line);
        if (inside.length() > LONGEST_BYLINE_LINE || !credits.startsWithRoleWord(inside)) {
            return Optional.empty();
        }
        return credits.parse(inside, Role.EDITOR, false).filter(BylineParser::onlyEditors);
    }

    /** A whole line in brackets that credits the article it closes: "(记者 张三 通讯员 李四)". */
    Optional<List<Credit>> closingCreditLine(String line) {
        Matcher m = IN_BRACKETS.matcher(line);
        if (!m.matches() || !credits.startsWithRoleWord(m.group(1).strip())) {
            return Optional.empty();
        }
        return credits.parse(m.group(1), Role.REPORTER, false);
    }

    /** A dateline opening the paragraph, with or without credits. */
    Optional<Dateline> dateline(String paragraph) {
        Matcher bracketed = BRACKETED_DATELINE.matcher(paragraph);
        if (bracketed.lookingAt()) {
            boolean ownOrDated = OWN_DATELINE.matcher(paragraph).lookingAt() || DATED_DATELINE.matcher(paragraph).lookingAt();
            Optional<List<Credit>> read = credits.parse(bracketed.group(1), Role.REPORTER, !ownOrDated && !credits.startsWithRoleWord(bracketed.group(1)));
            if (read.isPresent()) {
                return Optional.of(new Dateline(read.get(), bodyAfter(paragraph, bracketed.end())));
            }
        }
        Optional<Dateline> filed = filed(paragraph);
        if (filed.isPresent()) {
            return filed;
        }
        Matcher own = OWN_DATELINE.matcher(paragraph);
        Matcher dated = DATED_DATELINE.matcher(paragraph);
        int end = own.lookingAt() ? own.end() : dated.lookingAt() ? dated.end() : -1;
        if (end < 0) {
            return Optional.empty();
        }
        Matcher brackets = OPENING_BRACKETS.matcher(paragraph).region(end, paragraph.length());
        if (brackets.lookingAt()) {
            Optional<List<Credit>> read = credits.parse(brackets.group(1), Role.REPORTER, false);
            if (read.isPresent()) {
                return Optional.of(new Dateline(read.get(), bodyAfter(paragraph, brackets.end())));
            }
        }
        return Optional.of(unbracketedCredits(paragraph, end));
    }

    /**
     * "本报记者某某西安报道 6月3日，…": a role word, the reporter's name and the place the report was filed from, glued
     * together before a filing word ({@code lexicon/dateline-filing-words.txt}). The name takes two or three characters
     * and leaves at least two to the place, or is alone before the filing word (记者某某报道); the paper may be named before the role
     * word (某某晚报记者某某报道); the reporter is credited and the body follows.
     */
    private Optional<Dateline> filed(String paragraph) {
        int from = 0;
        int role = credits.roleWordLength(paragraph);
        Matcher paper = PAPER_BEFORE_ROLE.matcher(paragraph);
        if (role == 0 && paper.lookingAt() && credits.roleWordLength(paragraph.substring(paper.end())) > 0) {
            from = paper.end(); // 某某晚报记者某某报道: the paper's name before the role word
            role = from + credits.roleWordLength(paragraph.substring(from));
        }
        if (role == 0) {
            return Optional.empty();
        }
        int run = role;
        while (run < paragraph.length() && run - role < LONGEST_FILED_RUN && Chars.isHan(paragraph.charAt(run))) {
            run++;
        }
        for (String word : FILING_WORDS) {
            int filing = paragraph.indexOf(word, role);
            if (filing < 0 || filing >= run) {
                continue;
            }
            int glued = filing - role;
            // 记者某某报道: two or three characters alone before the filing word are the name, with no place
            int nameLength = glued >= SHORTEST_FILED_GLUE && glued <= LONGEST_FILED_RUN ? Math.min(3, glued - 2)
                    : glued >= SHORTEST_NAME && glued < SHORTEST_FILED_GLUE ? glued : 0;
            if (nameLength < 2) {
                continue;
            }
            String glue = paragraph.substring(from, role) + " " + paragraph.substring(role, role + nameLength);
            Optional<List<Credit>> read = credits.parse(glue, Role.REPORTER, true);
            if (read.isPresent()) {
                return Optional.of(new Dateline(read.get(), bodyAfter(paragraph, filing + word.length())));
            }
        }
        return Optional.empty();
    }

    /** "本报讯 记者 张三 通讯员 李四 近日，…": the longest run of space-separated tokens that reads as credits. */
    private Dateline unbracketedCredits(String paragraph, int from) {
        String rest = paragraph.substring(from);
        String[] tokens = rest.strip().split(" ", MOST_UNBRACKETED_TOKENS + 1);
        for (int n = Math.min(tokens.length - 1, MOST_UNBRACKETED_TOKENS); n > 0; n--) {
            String run = String.join(" ", Arrays.copyOf(tokens, n));
            Optional<List<Credit>> read = credits.parse(run, Role.REPORTER, !credits.startsWithRoleWord(run));
            if (read.isPresent()) {
                int consumed = rest.indexOf(run) + run.length();
                return new Dateline(read.get(), bodyAfter(rest, consumed));
            }
        }
        return new Dateline(List.of(), bodyAfter(rest, 0));
    }

    /** A credit closing the paragraph ("…。(吕晓璞 摄)", "…。党贺喜 摄", "…。(记者 张三)"), and the paragraph without it. */
    Optional<Closing> closingCredit(String paragraph) {
        Matcher bracketed = CLOSING_BRACKETS.matcher(paragraph);
        if (bracketed.find()) {
            String inside = bracketed.group(1).strip();
            boolean roleWritten = isPhotoCredit(inside) || credits.startsWithRoleWord(inside);
            // …任务。(某甲 某乙): names alone in brackets after the last sentence are its reporters, when each has a surname
            boolean afterSentence = bracketed.start() > 0 && Chars.isSentenceEnd(paragraph.charAt(bracketed.start() - 1));
            if (roleWritten || afterSentence) {
                Optional<List<Credit>> read = credits.parse(inside, Role.REPORTER, !roleWritten);
                if (read.isPresent()) {
                    return Optional.of(new Closing(paragraph.substring(0, bracketed.start()).strip(), read.get()));
                }
            }
        }
        Matcher bare = CLOSING_PHOTO_CREDIT.matcher(paragraph);
        if (bare.find()) {
            String inside = bare.group(1).strip();
            // …。党某喜 摄 closes a caption; …。记者 某甲 通讯员 某乙 closes a brief without brackets
            Optional<List<Credit>> read = isPhotoCredit(inside) ? credits.parse(inside, Role.PHOTOGRAPHER, !credits.startsWithRoleWord(inside))
                    : credits.startsWithRoleWord(inside) ? credits.parse(inside, Role.REPORTER, false) : Optional.empty();
            if (read.isPresent()) {
                return Optional.of(new Closing(paragraph.substring(0, bare.start()).strip(), read.get()));
            }
        }
        return Optional.empty();
    }

    /** The paragraph without a closing "(完)". */
    static String withoutEndMark(String paragraph) {
        return END_MARK.matcher(paragraph).replaceFirst("");
    }

    /** Ends with a role word that may follow names (摄, 摄影): the text credits a photograph. */
    private boolean isPhotoCredit(String text) {
        String inside = unbracketed(text);
        int space = Math.max(inside.lastIndexOf(' '), inside.lastIndexOf('/'));
        String last = inside.substring(space + 1);
        for (int length = Math.min(2, last.length()); length > 0; length--) {
            String tail = last.substring(last.length() - length);
            if (credits.isRoleWord(tail) && credits.followsNames(tail)) {
                return true;
            }
        }
        return false;
    }

    private static String unbracketed(String line) {
        Matcher m = IN_BRACKETS.matcher(line.strip());
        return m.matches() ? m.group(1).strip() : line.strip();
    }

    private static String bodyAfter(String text, int from) {
        String body = text.substring(Math.min(from, text.length())).strip();
        while (!body.isEmpty() && (body.charAt(0) == Chars.COLON || body.charAt(0) == ':')) {
            body = body.substring(1).strip();
        }
        return body;
    }

    private static boolean onlyEditors(List<Credit> list) {
        return list.stream().allMatch(c -> c.role() == Role.EDITOR);
    }
}
