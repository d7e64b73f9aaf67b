package com.zhengqi.graph.relate;

import com.zhengqi.graph.find.ArticleMentions;
import com.zhengqi.graph.find.OrgMention;
import com.zhengqi.graph.find.PersonNames;
import com.zhengqi.graph.find.Sentences;
import com.zhengqi.graph.find.WordTable;
import com.zhengqi.graph.lexicon.Chars;
import com.zhengqi.graph.lexicon.Lexicon;
import com.zhengqi.graph.lexicon.Terms;
import com.zhengqi.graph.resolve.Division;
import com.zhengqi.graph.resolve.RegionMention;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Appointments and departures as events of a career: 任命X为汤阴县县长, X任…, X当选为… give APPOINTED; 免去X的…职务,
 * X不再担任…, X辞去… give LEFT_POST; each from the person to the body or region of the post, with its title and the
 * cue as written ({@link EventDateAnnotator} dates them). The post phrase runs from the name to the end of its clause
 * (or to 职务); its title is the last title word in it (lexicon/titles.txt), its holder the body named in it, else the
 * region. Cues are in {@code lexicon/appointment-cues.txt}.
 */
final class CareerEvents {
    private static final Terms RULES = Terms.load("rules/career-events.txt");
    private static final Pattern NAME_TO_POST = RULES.pattern("name-to-post-regex");
    private static final String POST_WORD = RULES.word("post-word");
    /** A post phrase is short: 汤阴县人民政府副县长 fits, a whole clause of news does not. */
    private static final int MAX_POST = 24;

    /** What a cue says and where the holder's name stands (BEFORE or AFTER the cue). */
    private record Cue(String event, String name) {
    }

    private final WordTable<Cue> cues = new WordTable<>(cues());
    private final WordTable<String> titles = new WordTable<>(titleLevels());
    private final PersonNames names = new PersonNames();

    private static Map<String, Cue> cues() {
        Map<String, Cue> map = new HashMap<>();
        for (Lexicon.Line line : Lexicon.lines("appointment-cues.txt", 3)) {
            map.put(line.columns()[0], new Cue(line.columns()[1], line.columns()[2]));
        }
        return map;
    }

    /** Title → the level word it implies alone (县长 → 县), or empty. */
    private static Map<String, String> titleLevels() {
        Map<String, String> map = new HashMap<>();
        for (String[] row : Lexicon.rows("titles.txt")) {
            map.put(row[0], row.length > 2 ? row[2] : "");
        }
        return map;
    }

    /** Adds the events the article tells; returns how many. */
    int read(Entities entities) {
        ArticleMentions article = entities.article();
        String text = article.text();
        int added = 0;
        for (WordTable.Hit<Cue> cue : cues.longestNonOverlapping(text)) {
            Sentences.Sentence sentence = article.sentences().at(cue.start());
            int[] name = cue.value().name().equals("AFTER") ? nameAfter(article, cue.end()) : nameBefore(article, cue.start(), sentence.start());
            if (name == null) {
                continue;
            }
            Matcher gap = NAME_TO_POST.matcher(text).region(name[1], sentence.end());
            int postStart = gap.lookingAt() ? gap.end() : name[1];
            if (cue.value().name().equals("BEFORE")) {
                postStart = cue.end();
            }
            int postEnd = postEnd(text, postStart, sentence.end());
            WordTable.Hit<String> title = lastTitle(text, postStart, postEnd);
            if (title == null) {
                continue;
            }
            int titleEnd = postStart + title.end();
            Optional<Holder> holder = holder(entities, postStart, titleEnd, title.value());
            if (holder.isEmpty()) {
                continue;
            }
            String personId = entities.person(text.substring(name[0], name[1]), name[0]);
            Map<String, Object> properties = new LinkedHashMap<>();
            // the title as written after its holder: 县委书记 in 汤阴县县委书记, 局长 in 汤阴县商务局局长
            properties.put("title", text.substring(Math.min(holder.get().after(), postStart + title.start()), titleEnd));
            properties.put("cue", cue.word());
            int before = article.document().relations().size();
            entities.relate(cue.value().event(), personId, holder.get().id(), properties, cue.start());
            added += article.document().relations().size() - before;
        }
        return added;
    }

    private int[] nameAfter(ArticleMentions article, int at) {
        int length = names.nameAt(article.text(), article.words(), at);
        return length == 0 ? null : new int[]{at, at + length};
    }

    /** A name that ends right at the cue (张三任…): the longest a name may be that the name reader accepts. */
    private int[] nameBefore(ArticleMentions article, int cueStart, int sentenceStart) {
        for (int length = 4; length >= 2; length--) {
            int start = cueStart - length;
            if (start >= sentenceStart && names.nameAt(article.text(), article.words(), start) == length) {
                return new int[]{start, cueStart};
            }
        }
        return null;
    }

    private static int postEnd(String text, int from, int limit) {
        int end = from;
        while (end < limit && end - from < MAX_POST && !Chars.CLAUSE_END.contains(text.charAt(end)) && !text.startsWith(POST_WORD, end)) {
            end++;
        }
        return end;
    }

    /** The last title word of the phrase, offsets relative to {@code from}. */
    private WordTable.Hit<String> lastTitle(String text, int from, int to) {
        WordTable.Hit<String> last = null;
        for (WordTable.Hit<String> hit : titles.longestNonOverlapping(text.substring(from, to))) {
            last = hit;
        }
        return last;
    }

    /** The body named in the phrase before the title, else its region, else the region the title's level implies. */
    /** The node holding the post and where its name ends in the text. */
    private record Holder(String id, int after) {
    }

    private static Optional<Holder> holder(Entities entities, int from, int titleEnd, String level) {
        ArticleMentions article = entities.article();
        OrgMention body = null;
        for (OrgMention org : article.organizations()) {
            if (org.start() >= from && org.end() <= titleEnd && !org.isCompany()) {
                body = org;
            }
        }
        if (body != null) {
            return Optional.of(new Holder(entities.organization(body), body.end()));
        }
        RegionMention region = null;
        for (RegionMention mention : article.regions()) {
            if (mention.start() >= from && mention.end() <= titleEnd) {
                region = mention;
            }
        }
        if (region != null) {
            return Optional.of(new Holder(entities.region(region.division(), from), region.end()));
        }
        Optional<Division> implied = level.isEmpty() ? Optional.empty() : entities.regions().forLevelWord(level);
        return implied.map(d -> new Holder(entities.region(d, from), from));
    }
}
