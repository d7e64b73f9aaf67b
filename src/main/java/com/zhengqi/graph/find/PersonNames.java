package com.zhengqi.graph.find;

import com.zhengqi.graph.lexicon.Chars;

import java.util.Set;

/**
 * Tells Chinese personal names, in running text and in bylines.
 * <p>
 * In running text it reads the personal name that starts right after a title (李富生 in 区委书记李富生). A name is a known surname
 * (和 and 方 included: after a title they are names) and one or two given characters; HanLP's person tag
 * decides the length when it has one, else word boundaries do. Words such as 一位 or 说 after a title
 * (姓崔的主任说) give no name.
 * <p>
 * In bylines a name is a short token: two to four Han characters, starting with a surname of the bylines' own list
 * when the context alone does not vouch for it (a role word such as 记者 right before a token does). Names of
 * minorities written with a middle dot (阿不都·热合曼) pass only when vouched for.
 */
public final class PersonNames {

    private final Set<String> surnames = Set.copyOf(Lexicon.words("surnames.txt"));
    private final Set<String> notGiven = Set.copyOf(Lexicon.words("name-stop-chars.txt"));
    /** Fewest times a character must have closed a counted given name to be taken as a name's third character. */
    private static final int MIN_CLOSING_COUNT = 2;
    /**
     * Fewest times a stop character must have opened (or, for a name's last character, closed) a counted given name
     * to stand in one after a surname: 建 (26) and 新 (7) do, 在 (2) and 是 (1), counted from names cut wrongly or rare,
     * do not.
     */
    private static final int MIN_OPENING_COUNT = 5;
    /** First letters of HanLP's tags of verbs, prepositions, conjunctions and adverbs. */
    private static final String VERB_OR_FUNCTION_TAGS = "vpcd";
    /** Times a character must have closed a counted given name to be read as a name's end rather than a role word. */
    private static final int OFTEN_CLOSING_COUNT = 10;

    private final Set<String> verbsAfterNames = Set.copyOf(Lexicon.words("verbs-after-names.txt"));
    private final Set<String> bylineSurnames = Set.copyOf(Lexicon.words("byline-surnames.txt"));
    private static final int SHORTEST_BYLINE_NAME = 2;
    private static final int LONGEST_BYLINE_NAME = 4;
    private static final int LONGEST_DOTTED_NAME = 16;
    private static final int LONGEST_DOTTED_PART = 6;
    private static final char NAME_DOT = '\u00B7';
    private static final String NAME_DOT_TEXT = String.valueOf(NAME_DOT);

    /** First letters of HanLP's tags of verbs, prepositions, conjunctions, particles, adverbs, numbers and pronouns. */
    private static final String NOT_GIVEN_TAGS = "vpcudmqry";

    /**
     * Length of the name starting at {@code at}, or 0 when none does. A surname and one given character read from
     * the segmentation take a third character when the article shows the longer name whole elsewhere, or when that
     * character is a common closing given character split off or glued to a function word (吴某|丙，, 万某|健在).
     */
    public int nameAt(String text, Segmentation words, int at) {
        int dotted = dottedLength(text, words, at);
        if (dotted > 0) {
            return dotted;
        }
        int length = segmentedLength(text, words, at);
        if (length == 0) {
            return 0;
        }
        int surname = surnameLength(text, at);
        return length == surname + 1 && takesThirdCharacter(text, words, at, surname) ? length + 1 : length;
    }

    /**
     * Length of a name that follows another in a list (副市长A、B), or 0: read as {@link #nameAt}, and either tagged a
     * person by the segmenter or written whole before a closing mark somewhere in the article, so that an ordinary
     * word opening with a surname character (华为, 高新区) is not taken for one.
     */
    public int listedNameAt(String text, Segmentation words, int at) {
        int length = nameAt(text, words, at);
        if (length == 0) {
            return 0;
        }
        Token token = words.tokenAt(at);
        boolean tagged = token != null && token.start() == at && token.isPersonName();
        return tagged || text.substring(at, at + length).indexOf(NAME_DOT) > 0 || BoundedNames.of(text, surnames).isWrittenWhole(text.substring(at, at + length)) ? length : 0;
    }

    /**
     * Whether {@code [start, end)} is vouched for as a whole name: the segmenter tags exactly that span a person's,
     * or the article writes it whole before a closing mark somewhere (吴某丙，).
     */
    public boolean isVouchedFor(String text, Segmentation words, int start, int end) {
        Token token = words.tokenAt(start);
        boolean tagged = token != null && token.start() == start && token.end() == end && token.isPersonName();
        return tagged || BoundedNames.of(text, surnames).isWrittenWhole(text.substring(start, end));
    }

    private boolean takesThirdCharacter(String text, Segmentation words, int at, int surname) {
        int third = at + surname + 1;
        if (!isGivenChar(text, third) && !(closesGivenNames(text, third) && !startsAVerbOrFunctionWord(words, third))) {
            return false; // 赵立|新的 is 赵立新; 王立|来到 is not 王立来
        }
        BoundedNames bounded = BoundedNames.of(text, surnames);
        String whole = text.substring(at, third + 1);
        if (bounded.isWrittenWhole(whole) || isTaggedElsewhere(words, whole)) {
            return true;
        }
        if (bounded.isWrittenWhole(text.substring(at, third))) {
            return false;
        }
        Token token = words.tokenAt(third);
        if (surname == 2 && token != null && token.start() == third && token.word().length() == 1
                && NOT_GIVEN_TAGS.indexOf(token.tag().charAt(0)) < 0 && endsBeforeAWord(words, third + 1)) {
            // 欧阳某|轩察看: four characters are the usual form after a compound surname; a lone character that is no
            // verb or function word, before a word of its own, is the name's last one however rarely names end with it
            return true;
        }
        if (token == null || token.start() != third || GivenNameChars.closingCount(text.charAt(third)) < MIN_CLOSING_COUNT) {
            return false;
        }
        if (token.word().length() == 1) {
            // 欧阳某|欣, 司马某|英: after a compound surname two given characters are the usual form, and the segmenter,
            // which knows few compound surnames, leaves the last one alone under whatever tag (vg, b, f, tg)
            return isGivenNameWord(token) && !token.tag().startsWith("v") || surname == 2 && isBoundCharacter(token);
        }
        // 健在: the character glued to a preposition or particle that no given name ends with
        return token.word().length() == 2 && notGiven.contains(token.word().substring(1));
    }

    /** A mark, the text's end or a word of two characters or more starts at {@code at}. */
    private static boolean endsBeforeAWord(Segmentation words, int at) {
        Token next = words.tokenAt(at);
        return next == null || next.start() == at && (next.word().length() >= 2 || next.isPunctuation());
    }

    /**
     * Whether the segmenter tags {@code name} a person's somewhere in the article (罗某生称 read whole in one
     * sentence though 罗某|生在 is cut in another): the name's extent is decided from every occurrence.
     */
    private static boolean isTaggedElsewhere(Segmentation words, String name) {
        for (Token token : words.tokens()) {
            if (token.isPersonName() && token.word().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a character often closes given names in the counted names (文, 华; not 摄): glued after a short name
     * it is more likely the name's last character than a credit's role word (记者杨某文 is 杨某文, 王某摄 is 王某).
     */
    public boolean oftenClosesGivenNames(char c) {
        return GivenNameChars.closingCount(c) >= OFTEN_CLOSING_COUNT;
    }

    /**
     * Length of a name written with middle dots (热某曼·吐某逊, the names of Uyghur, Kazakh and foreign people) starting at
     * {@code at}, or 0. Its parts are the segmenter's single characters and name, place or foreign-word tokens on both
     * sides of each dot; a longer ordinary word (主持, 出席) or a mark ends the last part.
     */
    private static int dottedLength(String text, Segmentation words, int at) {
        int end = nameRun(text, words, at);
        while (end > at && end < text.length() && text.charAt(end) == NAME_DOT) {
            int partEnd = nameRun(text, words, end + 1);
            if (partEnd == end + 1) {
                return 0; // a dot closing the name, as in a list of initials
            }
            end = partEnd;
        }
        int length = end - at;
        return length <= LONGEST_DOTTED_NAME && text.substring(at, end).indexOf(NAME_DOT) > 0 ? length : 0;
    }

    /**
     * Where the run of tokens that may form one part of a dotted name, starting at {@code at}, ends; a name token
     * the segmenter read whole with its dot (古某娜·艾某) counts as one part.
     */
    private static int nameRun(String text, Segmentation words, int at) {
        int end = at;
        while (end < text.length()) {
            Token token = words.tokenAt(end);
            if (token == null || token.start() != end) {
                break;
            }
            boolean part = allHan(token.word()) && mayBeInDottedName(token) && token.end() - at <= LONGEST_DOTTED_PART;
            if (!part && !(token.isPersonName() && isDottedName(token.word()))) {
                break;
            }
            end = token.end();
        }
        return end;
    }

    private static boolean mayBeInDottedName(Token token) {
        String tag = token.tag();
        return token.word().length() == 1 && !tag.startsWith("w") || tag.startsWith("nr") || tag.startsWith("ns") || tag.startsWith("nx") || tag.equals("nz");
    }

    /** A single character the segmenter could not place in a word (a bound morpheme or a lone modifier). */
    private static boolean isBoundCharacter(Token token) {
        String tag = token.tag();
        return tag.endsWith("g") || tag.equals("b") || tag.equals("f") || tag.equals("a") || tag.startsWith("n");
    }

    private int segmentedLength(String text, Segmentation words, int at) {
        if (at >= text.length()) {
            return 0;
        }
        int surname = surnameLength(text, at);
        if (surname == 0) {
            return 0;
        }
        Token token = words.tokenAt(at);
        if (token != null && token.start() < at && token.end() >= at + 2 && !token.isPersonName()) {
            return 0; // 市领导|班子: the title ends inside a longer word, so no name starts there
        }
        if (token != null && token.start() == at && token.isPersonName()) {
            int length = token.word().length();
            if (length >= 2 && length <= 4) {
                return length;
            }
        }
        if (token != null && token.start() == at && token.word().length() > surname && !token.isPersonName()) {
            // a dictionary word starting with a surname character (方面, 单位, 高度) is no name
            String tag = token.tag();
            if (token.word().length() != surname + 1 || !(tag.equals("nz") || tag.equals("ng") || tag.equals("j") || tag.equals("x"))) {
                return 0;
            }
        }
        int givenStart = at + surname;
        if (!isGivenChar(text, givenStart) && !opensGivenNames(text, givenStart)) {
            return 0;
        }
        Token second = words.tokenAt(givenStart);
        if (second != null && second.start() == givenStart && !isGivenNameWord(second)) {
            return 0; // 和主要, 任组长: a function word or a title after the surname character
        }
        if (second != null && second.start() == givenStart && second.word().length() == 2 && !verbsAfterNames.contains(second.word())) {
            return surname + 2;
        }
        if (second != null && second.start() == givenStart && second.word().length() > 2) {
            return surname + 1 <= 3 ? surname + 1 : 0;
        }
        if (isGivenChar(text, givenStart + 1) && words.isBoundary(givenStart + 2)) {
            Token third = words.tokenAt(givenStart + 1);
            if (third != null && third.start() == givenStart + 1 && third.word().length() == 1) {
                return surname + 2;
            }
        }
        return surname + 1;
    }

    /**
     * Whether {@code candidate} is a whole name on its own: a known surname and one or two given characters that
     * are no function words (孙国强, 欧阳明; not 在会, 各区).
     */
    public boolean isFullName(String candidate) {
        int surname = surnameLength(candidate, 0);
        int given = candidate.length() - surname;
        if (surname == 0 || given < 1 || given > 2) {
            return false;
        }
        for (int i = surname; i < candidate.length(); i++) {
            if (!isGivenChar(candidate, i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isGivenNameWord(Token token) {
        String tag = token.tag();
        return !(tag.equals("b") || tag.startsWith("d") || tag.equals("nnt") || tag.startsWith("p") || tag.startsWith("c")
                || tag.startsWith("r") || tag.equals("m") || tag.startsWith("q") || tag.startsWith("u") || tag.equals("f")
                || tag.equals("ad") || tag.startsWith("w") || tag.equals("vshi") || tag.equals("vyou"));
    }

    private int surnameLength(String text, int at) {
        if (at + 2 <= text.length() && surnames.contains(text.substring(at, at + 2))) {
            return 2;
        }
        return surnames.contains(text.substring(at, at + 1)) ? 1 : 0;
    }

    /**
     * Whether the character at {@code at} often opens two-character given names in the counted names (建 of 建国, 新 of
     * 新民), though it is a one-character word that ends a company name walking left (name-stop-chars.txt): after a
     * surname, 王新民 is a name, not 王 and the start of the next word.
     */
    private static boolean opensGivenNames(String text, int at) {
        return at < text.length() && OrganizationFinder.isCjkLetter(text.charAt(at))
                && GivenNameChars.openingCount(text.charAt(at)) >= MIN_OPENING_COUNT;
    }

    /** As {@link #opensGivenNames}, for a name's last character: 新 closes many (免去赵立新的…职务: 赵立|新的). */
    private static boolean closesGivenNames(String text, int at) {
        return at < text.length() && OrganizationFinder.isCjkLetter(text.charAt(at))
                && GivenNameChars.closingCount(text.charAt(at)) >= MIN_OPENING_COUNT;
    }

    /** The segmenter's word at {@code at} starts there and is a verb, preposition, conjunction or adverb. */
    private static boolean startsAVerbOrFunctionWord(Segmentation words, int at) {
        Token token = words.tokenAt(at);
        return token == null || token.start() != at || VERB_OR_FUNCTION_TAGS.indexOf(token.tag().charAt(0)) >= 0;
    }

    private boolean isGivenChar(String text, int at) {
        if (at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        return OrganizationFinder.isCjkLetter(c) && !notGiven.contains(String.valueOf(c));
    }

    /** Whether a byline token is a name; {@code vouchedFor} when a role word right before it says it is one. */
    public boolean isBylineName(String token, boolean vouchedFor) {
        if (token.indexOf(NAME_DOT) > 0 && vouchedFor) {
            return isDottedName(token);
        }
        if (token.length() < SHORTEST_BYLINE_NAME || token.length() > LONGEST_BYLINE_NAME || !allHan(token)) {
            return false;
        }
        return vouchedFor || startsWithBylineSurname(token);
    }

    /** Whether a byline token is a surname of the bylines' list. */
    public boolean isBylineSurname(String token) {
        return bylineSurnames.contains(token);
    }

    private boolean startsWithBylineSurname(String token) {
        return bylineSurnames.contains(token.substring(0, 1))
                || token.length() > SHORTEST_BYLINE_NAME && bylineSurnames.contains(token.substring(0, 2));
    }

    private static boolean isDottedName(String token) {
        if (token.length() > LONGEST_DOTTED_NAME || token.endsWith(NAME_DOT_TEXT)) {
            return false;
        }
        for (String part : token.split(NAME_DOT_TEXT)) {
            if (part.isEmpty() || !allHan(part)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allHan(String token) {
        return token.codePoints().allMatch(Chars::isHan);
    }
}
