package com.zhengqi.graph.read;

import com.zhengqi.graph.lexicon.Chars;
import com.zhengqi.graph.lexicon.Terms;
import com.zhengqi.graph.model.ArticleText.Credit;
import com.zhengqi.graph.read.source.PublicationDates;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits cleaned page text into lines and tells, for each line on its own, what it is: a byline, a
 * photo credit, editors, metadata, a section label, a list item or ordinary text. Lines of the first
 * kinds are never joined to their neighbours.
 */
final class LineClassifier {

    /** A bullet some PDF converters print before list items ("- ① …"); dropped. */
    private static final Pattern BULLET = Pattern.compile("^[-*·]\\s+");
    /** Circled or bracketed numbers that open list items. */
    private static final Pattern NUMBERED = Pattern.compile("^[\\u2460-\\u2473\\u2776-\\u277F]");
    private static final int LONGEST_LABEL = 16;
    private static final Terms RULES = Terms.load("rules/read.txt");
    private static final Pattern LABEL_DECORATION = RULES.pattern("label-decoration");

    /** A first word of at most 8 characters, a space, then the text: "杭州频道 东区…". */
    private static final Pattern LEADING_WORD = RULES.pattern("leading-word");
    private static final int SHORTEST_TEXT_AFTER_LABEL = 12;
    private static final Pattern BRIEF_DATE_AFTER = RULES.pattern("brief-date-after");
    private static final Pattern BRIEF_DATE_BEFORE = RULES.pattern("brief-date-before");
    /** A brief's headline says at least this much; less beside a date is a column name (see PageMetadataReader). */
    private static final int SHORTEST_BRIEF_HAN = PageMetadataReader.MOST_HAN_BESIDE_DATE + 1;
    private static final int LONGEST_BRIEF_HEADLINE = 60;


    private final BylineParser bylines;
    private final PageMetadataReader metadata;
    private final Set<String> sectionLabels;
    private final List<String> channelEndings;

    /** A line opening with a short word ending in one of {@code channelEndings} (杭州频道) loses that word. */
    LineClassifier(BylineParser bylines, PageMetadataReader metadata, Set<String> sectionLabels, List<String> channelEndings) {
        this.bylines = bylines;
        this.metadata = metadata;
        this.sectionLabels = Set.copyOf(sectionLabels);
        this.channelEndings = List.copyOf(channelEndings);
    }

    List<PageLine> classify(String cleanText) {
        List<PageLine> lines = new ArrayList<>();
        int blanks = 0;
        int start = 0;
        for (int i = 0; i <= cleanText.length(); i++) {
            if (i < cleanText.length() && cleanText.charAt(i) != '\n') {
                continue;
            }
            String text = cleanText.substring(start, i).strip();
            start = i + 1;
            if (text.isEmpty()) {
                blanks++;
                continue;
            }
            lines.add(classifyLine(withoutChannelLabel(text), lines.isEmpty() ? 2 : blanks));
            blanks = 0;
        }
        return lines;
    }

    /**
     * "杭州频道 东区智慧物流园一期…": the channel or column label a site prints before the first words of an article
     * is no part of its text. Only a short word with a label ending, set off by a space before a long text, counts.
     */
    private String withoutChannelLabel(String text) {
        Matcher word = LEADING_WORD.matcher(text);
        if (!word.lookingAt() || text.length() - word.end() < SHORTEST_TEXT_AFTER_LABEL) {
            return text;
        }
        String label = word.group(1);
        return channelEndings.stream().anyMatch(e -> label.endsWith(e) && label.length() > e.length()) ? text.substring(word.end()) : text;
    }

    private PageLine classifyLine(String text, int blanks) {
        Matcher bullet = BULLET.matcher(text);
        if (bullet.lookingAt() && bullet.end() < text.length()) {
            return line(text.substring(bullet.end()), blanks, PageLine.Kind.LIST_ITEM);
        }
        if (NUMBERED.matcher(text).lookingAt()) {
            return line(text, blanks, PageLine.Kind.LIST_ITEM);
        }
        if (text.length() <= LONGEST_LABEL && sectionLabels.contains(LABEL_DECORATION.matcher(text).replaceAll("").strip())) {
            return line(text, blanks, PageLine.Kind.LABEL);
        }
        Optional<PageMetadataReader.Found> found = metadata.read(text);
        if (found.isPresent()) {
            return new PageLine(text, blanks, PageLine.Kind.METADATA, found.get().credits(), found.get(), false);
        }
        Optional<PageLine> brief = brief(text, blanks);
        if (brief.isPresent()) {
            return brief.get();
        }
        return bylines.editorLine(text).map(c -> credited(text, blanks, PageLine.Kind.EDITORS, c))
                .or(() -> bylines.photoCreditLine(text).map(c -> credited(text, blanks, PageLine.Kind.PHOTO_CREDIT, c)))
                .or(() -> bylines.bylineLine(text).map(c -> credited(text, blanks, PageLine.Kind.BYLINE, c)))
                .or(() -> bylines.closingCreditLine(text).map(c -> credited(text, blanks, PageLine.Kind.CLOSING_CREDIT, c)))
                .orElseGet(() -> new PageLine(text, blanks, PageLine.Kind.TEXT, List.of(), null, bylines.dateline(text).isPresent()));
    }

    /**
     * A headline with its date before or after it, as news lists print each item ({@code …莅临调研2016-08-09 15:20}):
     * a headline-sized text without the marks of running text (no clause inside, no sentence end), and a date that exists.
     */
    private static Optional<PageLine> brief(String text, int blanks) {
        String headline = null;
        String date = null;
        Matcher after = BRIEF_DATE_AFTER.matcher(text);
        Matcher before = BRIEF_DATE_BEFORE.matcher(text);
        if (after.matches()) {
            headline = after.group(1);
            date = after.group(2);
        } else if (before.matches()) {
            headline = before.group(2);
            date = before.group(1);
        }
        if (headline == null) {
            return Optional.empty();
        }
        String title = headline.strip();
        Optional<String> iso = PublicationDates.find(date);
        if (iso.isEmpty() || Chars.hanCount(title) < SHORTEST_BRIEF_HAN || title.length() > LONGEST_BRIEF_HEADLINE
                || Chars.endsSentence(title) || title.indexOf(Chars.FULL_STOP) >= 0 || Chars.hasClauseMark(title)) {
            return Optional.empty();
        }
        PageMetadataReader.Found dated = new PageMetadataReader.Found(iso, Optional.empty(), List.of());
        return Optional.of(new PageLine(title, blanks, PageLine.Kind.BRIEF, List.of(), dated, false));
    }

    private static PageLine credited(String text, int blanks, PageLine.Kind kind, List<Credit> credits) {
        return new PageLine(text, blanks, kind, credits, null, false);
    }

    private static PageLine line(String text, int blanks, PageLine.Kind kind) {
        return new PageLine(text, blanks, kind, List.of(), null, false);
    }
}
