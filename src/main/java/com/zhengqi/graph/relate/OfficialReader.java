package com.zhengqi.graph.relate;

import com.zhengqi.graph.find.ArticleMentions;
import com.zhengqi.graph.find.Lexicon;
import com.zhengqi.graph.find.OrgMention;
import com.zhengqi.graph.find.OrganizationFinder;
import com.zhengqi.graph.find.PersonNames;
import com.zhengqi.graph.find.Sentences;
import com.zhengqi.graph.find.Token;
import com.zhengqi.graph.find.WordTable;
import com.zhengqi.graph.lexicon.Chars;
import com.zhengqi.graph.lexicon.Terms;
import com.zhengqi.graph.resolve.Division;
import com.zhengqi.graph.resolve.RegionMention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Officials and executives: a title right before a name (区委书记李富生, 中联重科董事长詹纯新), several posts
 * joined by 、 before one name (市委常委、副市长、高新区党工委书记周伟强: one relation each). The holder of a
 * post is the organisation or region written before the title. Principal and deputy leaders of a region's
 * party committee, government or zone committee LEADS the region; a post in a company is WORKS_FOR (business
 * people are no officials); everyone else HOLDS_POSITION.
 */
final class OfficialReader {
    private static final Terms RULES = Terms.load("rules/official-reader.txt");
    private static final String LEVEL_CHARS = RULES.word("level-chars");
    private static final char AS = RULES.character("as");
    private static final String BODY_ENDINGS = RULES.word("body-endings");
    private static final char OF = RULES.character("of");
    private static final String AUTONOMOUS_REGION = RULES.word("autonomous-region");
    private static final String TITLE_OPENERS = RULES.word("title-openers");
    private static final String BRACKETED_REGEX = RULES.word("bracketed-regex");


    private static final List<String> DEPARTMENT_ENDINGS = Lexicon.words("department-endings.txt");
    private static final Set<String> COMPANY_WORDS = Set.copyOf(Lexicon.words("company-words-before-titles.txt"));

    private static final int MAX_DEPARTMENT_GAP = 14;
    /** First letters of HanLP's tags of verbs, adjectives, adverbs, prepositions, conjunctions, particles and numbers. */
    private static final String NOT_IN_NAMES = "vadpcumq";
    /** HanLP's tags of conjunctions start so (和/cc). */
    private static final String CONJUNCTION_TAG = "c";
    private static final int MAX_ZONE_NAME = 6;
    private static final int SENTENCES_BACK = 3;
    /** Level characters that stand for the article's region of that level when written alone (镇党委书记). */
    private static final int MAX_APPOINTED_POST = 20;
    /** Function words that end a zone's name on its left (出席的管委会主任, 和管委会). */
    private static final List<String> PLACE_SUFFIXES = Lexicon.rows("region-suffixes.txt").stream().map(row -> row[0]).toList();
    private static final Set<String> ZONE_NAME_STOPS = Set.copyOf(Lexicon.words("zone-name-stops.txt"));

    /** A title in the lexicon: its kind and the level a government head title implies (区 for 区长). */
    private record TitleWord(String kind, String level) {
    }

    /** What holds a post: an organisation, a region, or nothing written. */
    private record Holder(int start, OrgMention org, Division region, String levelWord) {
        /** No organisation, region or level word is written before the title. */
        boolean isUnwritten() {
            return org == null && region == null && levelWord.isEmpty();
        }
    }

    private record Post(int start, int titleStart, int titleEnd, WordTable.Hit<TitleWord> title, Holder holder) {
    }

    private final WordTable<TitleWord> titles;
    private final PersonNames names = new PersonNames();
    private final WordTable<Boolean> appointingVerbs = WordTable.of(Lexicon.words("appointing-verbs.txt"));

    public OfficialReader() {
        Map<String, TitleWord> map = new HashMap<>();
        for (String[] row : Lexicon.rows("titles.txt")) {
            map.put(row[0], new TitleWord(row[1], row.length > 2 ? row[2] : ""));
        }
        titles = new WordTable<>(map);
    }

    public List<Official> read(Entities entities, Set<String> credited) {
        ArticleMentions article = entities.article();
        String text = article.text();
        List<Official> officials = new ArrayList<>();
        List<WordTable.Hit<TitleWord>> hits = titles.longestNonOverlapping(text);
        Map<Integer, WordTable.Hit<TitleWord>> titleEndingAt = new HashMap<>();
        hits.forEach(h -> titleEndingAt.put(h.end(), h));
        // the holder of the last post of each name read, by where the name ends (湘潭市市长A、副市长B: B's city is A's)
        Map<Integer, Holder> listedBefore = new HashMap<>();
        for (WordTable.Hit<TitleWord> hit : hits) {
            int length = names.nameAt(text, article.words(), hit.end());
            if (length == 0) {
                continue;
            }
            String name = text.substring(hit.end(), hit.end() + length);
            if (credited.contains(name) || startsAnOrganisation(article, hit.end())) {
                continue;
            }
            List<Post> chain = chain(article, hit, titleEndingAt);
            String personId = null;
            boolean executive = false;
            OrgMention company = null;
            Holder previous = null;
            List<Post> posts = new ArrayList<>();
            List<Holder> holders = new ArrayList<>();
            for (Post post : chain) {
                Holder holder = post.holder();
                if (holder.isUnwritten()) {
                    holder = UnreadBodies.endingAt(article, post.titleStart()).map(org -> new Holder(org.start(), org, null, "")).orElse(holder);
                }
                if (holder.isUnwritten()) {
                    // 某某镇党委书记, 某某村党支部书记: a small place the gazetteer lacks is the post's, not the article's county
                    holder = UnlistedPlaces.endingAt(article, entities.regions(), post.titleStart())
                            .map(place -> new Holder(text.lastIndexOf(place.name(), post.titleStart()), null, place, "")).orElse(holder);
                }
                if (holder.isUnwritten() && afterUnknownBody(text, post.titleStart())) {
                    continue; // 竞争力委员会主任委员: the post is in a body the finders did not read, not in the article's region
                }
                                boolean executiveTitle = post.title().value().kind().equals("EXECUTIVE");
                if (holder.isUnwritten() && post.title().value().level().isEmpty() && afterUnreadWord(text, post.titleStart(), executiveTitle)) {
                    continue; // 嘉里建设主席, 监管三部主任: a holder is written but was not read; it is not the article's region
                }
                if (holder.region() != null && executiveTitle) {
                    continue; // 私人银行浙江省总经理: a company's branch in a province, which no region employs
                }
                if (holder.isUnwritten()) {
                    holder = inherit(entities, post, previous, previous != null ? previous : listedBefore.get(post.start() - 1));
                } else if (holder.org() != null && !holder.org().isCompany() && holder.org().regionPart().isEmpty() && previous != null) {
                    // 武汉市委常委、政法委书记: a body written without its region belongs to the region of the post before
                    Holder before = previous;
                    holder = regionOf(entities, previous).map(d -> new Holder(before.start(), post.holder().org(), d, "")).orElse(holder);
                }
                if (holder == null) {
                    continue;
                }
                if (personId == null) {
                    personId = entities.person(name, hit.end());
                }
                if (holder.org() != null && holder.org().isCompany()) {
                    executive = true;
                    company = company == null ? holder.org() : company;
                }
                relatePost(entities, personId, post, holder, hit.end());
                posts.add(post);
                holders.add(holder);
                previous = holder;
            }
            if (personId == null && standsAlone(article, hit, length)) {
                // 研究部主任李某, 某某镇党委书记李某: the post's body was not read (and is not the article's region), but the
                // name after the title is still a person's
                entities.person(name, hit.end());
            }
            if (personId != null) {
                listedBefore.put(hit.end() + length, previous);
                officials.add(new Official(personId, name, hit.end(), hit.end() + length, executive, company));
                sharers(entities, hit.end() + length, credited, posts, holders, executive, company, officials);
            }
        }
        appointments(entities, hits, credited, officials);
        titlesAfterNames(entities, hits, credited, officials);
        return officials;
    }

    /**
     * 副市长A、B, 项目经理A、B等: names listed after the first one, each a whole name and no holder of a post of its
     * own, share the posts of the first. The list ends at the first item that is not such a name.
     */
    private void sharers(Entities entities, int end, Set<String> credited, List<Post> posts, List<Holder> holders,
                         boolean executive, OrgMention company, List<Official> officials) {
        ArticleMentions article = entities.article();
        String text = article.text();
        int at = end;
        while (at < text.length() && text.charAt(at) == Chars.ENUMERATION_COMMA) {
            int start = at + 1;
            int length = names.listedNameAt(text, article.words(), start);
            if (length == 0 || startsAnOrganisation(article, start) || startsARegion(article, start)
                    || titles.longestStartingAt(text, start + length) != null) {
                return;
            }
            String name = text.substring(start, start + length);
            if (credited.contains(name) || officials.stream().anyMatch(o -> o.name().equals(name))) {
                return;
            }
            String personId = entities.person(name, start);
            for (int i = 0; i < posts.size(); i++) {
                relatePost(entities, personId, posts.get(i), holders.get(i), start);
            }
            officials.add(new Official(personId, name, start, start + length, executive, company));
            at = start + length;
        }
    }

    /**
     * Whether the name after a title is a person's even when no post is read. With no post to support it, the name
     * must be vouched for (tagged a person's, or written whole in the article) or stand between two word boundaries:
     * the title is a word of its own (not the tail of 社会长期), and the name ends before a mark or a word of two
     * characters or more, not before a lone character that may be its own last one (李某|均透露, 郭某|冲在).
     */
    private boolean standsAlone(ArticleMentions article, WordTable.Hit<TitleWord> title, int length) {
        String text = article.text();
        int end = title.end() + length;
        if (names.isVouchedFor(text, article.words(), title.end(), end)) {
            return true;
        }
        if (!article.words().isBoundary(title.start()) || !article.words().isBoundary(end)) {
            return false;
        }
        Token next = article.words().tokenAt(end);
        return end >= text.length() || !Chars.isBasicIdeograph(text.charAt(end)) || next != null && next.word().length() >= 2;
    }

    private static boolean startsARegion(ArticleMentions article, int at) {
        return article.regions().stream().anyMatch(r -> r.start() <= at && r.end() > at);
    }

    /**
     * 王建国县长表示, 在李明远区长的带领下: a government head title written after a full name (a surname and one or
     * two given characters, opening a clause or after a function word) leads the article's region of the title's
     * level. Only titles that name their level (县长, 副市长): a bare 书记 or 主任 after a name, whose body is not
     * written, gives no post, only the person when the segmenter or the article vouches for the name. HanLP's words
     * are not used for the extent: it often glues the name to the title (孙国|强县|长).
     */
    private void titlesAfterNames(Entities entities, List<WordTable.Hit<TitleWord>> hits, Set<String> credited, List<Official> officials) {
        ArticleMentions article = entities.article();
        String text = article.text();
        // the organisation of each [organisation][name][title] read, by where the title ends (for 、 and the next one)
        Map<Integer, Holder> organisationOfTitleEndingAt = new HashMap<>();
        for (WordTable.Hit<TitleWord> hit : hits) {
            String level = hit.value().level();
            if (names.nameAt(text, article.words(), hit.end()) > 0) {
                continue;
            }
            String name = nameBefore(article, hit.start());
            if (name == null) {
                organisationThenName(entities, hit, credited, officials).ifPresent(h -> organisationOfTitleEndingAt.put(hit.end(), h));
                continue;
            }
            if (credited.contains(name) || officials.stream().anyMatch(o -> o.name().equals(name))) {
                continue;
            }
            int nameStart = hit.start() - name.length();
            Holder listed = nameStart > 0 && text.charAt(nameStart - 1) == Chars.ENUMERATION_COMMA && level.isEmpty()
                    ? organisationOfTitleEndingAt.get(nameStart - 1) : null;
            if (listed != null) {
                // 某某集团A总裁、B副总裁: the next name and title of the list are in the same organisation
                String personId = entities.person(name, nameStart);
                relatePost(entities, personId, new Post(hit.start(), hit.start(), hit.end(), hit, listed), listed, nameStart);
                boolean executive = listed.org().isCompany();
                officials.add(new Official(personId, name, nameStart, hit.start(), executive, executive ? listed.org() : null));
                organisationOfTitleEndingAt.put(hit.end(), listed);
                continue;
            }
            if (level.isEmpty() || entities.regions().forLevelWord(level).isEmpty()) {
                if (names.isVouchedFor(text, article.words(), nameStart, hit.start()) && !isOtherWord(article, nameStart, hit.start())) {
                    entities.person(name, nameStart); // 王某董事长说: a person, though the title names no body to hold the post
                }
                continue;
            }
            Holder holder = new Holder(hit.start(), null, null, level);
            String personId = entities.person(name, nameStart);
            relatePost(entities, personId, new Post(hit.start(), hit.start(), hit.end(), hit, holder), holder, nameStart);
            officials.add(new Official(personId, name, nameStart, hit.start(), false, null));
        }
    }

    /**
     * 会见了某某科技有限公司王某某董事长, 某某商会李某会长: an organisation the finders read, a full name, then a title
     * that names no level. The post is in that organisation (WORKS_FOR a company, HOLDS_POSITION a body). The name must
     * be vouched for (tagged a person's, or written whole in the article), so a word glued to the organisation is no name.
     */
    private Optional<Holder> organisationThenName(Entities entities, WordTable.Hit<TitleWord> hit, Set<String> credited, List<Official> officials) {
        ArticleMentions article = entities.article();
        String text = article.text();
        if (!hit.value().level().isEmpty()) {
            return Optional.empty();
        }
        for (int length = 3; length >= 2; length--) {
            int start = hit.start() - length;
            String candidate = start < 0 ? "" : text.substring(start, hit.start());
            if (start < 0 || !names.isFullName(candidate) || !standsBetweenWords(article, start, hit.start())) {
                continue;
            }
            Holder holder = holder(article, start);
            if (holder.org() == null || holder.org().end() != start) {
                // 某市某某商会李某会长: a body the finders did not read
                holder = UnreadBodies.endingAt(article, start).map(org -> new Holder(org.start(), org, null, "")).orElse(holder);
            }
            if (holder.org() == null || holder.org().end() != start || credited.contains(candidate)
                    || officials.stream().anyMatch(o -> o.name().equals(candidate))) {
                return Optional.empty();
            }
            String personId = entities.person(candidate, start);
            relatePost(entities, personId, new Post(hit.start(), hit.start(), hit.end(), hit, holder), holder, start);
            boolean executive = holder.org().isCompany();
            officials.add(new Official(personId, candidate, start, hit.start(), executive, executive ? holder.org() : null));
            return Optional.of(holder);
        }
        return Optional.empty();
    }

    /**
     * A name between an organisation and a title is vouched for, or the segmenter cut words at both its ends and read
     * it into several pieces, none a verb, adjective, adverb or function word (某某集团|韦|思齐|总裁: HanLP misses rare names).
     */
    private boolean standsBetweenWords(ArticleMentions article, int start, int end) {
        if (names.isVouchedFor(article.text(), article.words(), start, end)) {
            return true;
        }
        if (!article.words().isBoundary(start) || !article.words().isBoundary(end) || article.words().tokenAt(start).end() == end) {
            return false; // one word the segmenter read whole and not as a name (某某集团|常务|副董事长) is no name
        }
        for (int at = start; at < end; ) {
            Token token = article.words().tokenAt(at);
            if (token == null || NOT_IN_NAMES.indexOf(token.tag().charAt(0)) >= 0) {
                return false;
            }
            at = token.end();
        }
        return true;
    }

    /** The segmenter reads {@code [start, end)} as one word that is no name (项目 of 项目负责人). */
    private static boolean isOtherWord(ArticleMentions article, int start, int end) {
        Token token = article.words().tokenAt(start);
        return token != null && token.start() == start && token.end() == end && !token.isPersonName();
    }

    /** The full name that ends at {@code end} and opens its clause, or null; never part of a place or organisation. */
    private String nameBefore(ArticleMentions article, int end) {
        String text = article.text();
        for (int length = 3; length >= 2; length--) {
            int start = end - length;
            if (start < 0 || start > 0 && isNameChar(text.charAt(start - 1))) {
                continue;
            }
            String candidate = text.substring(start, end);
            if (!names.isFullName(candidate)) {
                continue;
            }
            boolean inAMention = article.regions().stream().anyMatch(r -> r.start() < end + 1 && r.end() > start)
                    || article.organizations().stream().anyMatch(o -> o.start() < end && o.end() > start);
            return inAMention ? null : candidate;
        }
        return null;
    }

    /**
     * 市政府任命X为工业园区管委会主任助理: the person an appointing verb names takes the post written after 为, when
     * its holder is written too (no article region is guessed for it) and the person was not read with a title.
     */
    private void appointments(Entities entities, List<WordTable.Hit<TitleWord>> hits, Set<String> credited, List<Official> officials) {
        ArticleMentions article = entities.article();
        String text = article.text();
        for (WordTable.Hit<Boolean> verb : appointingVerbs.longestNonOverlapping(text)) {
            int length = names.nameAt(text, article.words(), verb.end());
            int wei = verb.end() + length;
            if (length == 0 || wei >= text.length() || text.charAt(wei) != AS) {
                continue;
            }
            String name = text.substring(verb.end(), wei);
            if (credited.contains(name) || officials.stream().anyMatch(o -> o.name().equals(name))) {
                continue;
            }
            WordTable.Hit<TitleWord> title = hits.stream()
                    .filter(h -> h.start() > wei && h.end() - wei <= MAX_APPOINTED_POST && !hasClauseBreak(text, wei, h.start()))
                    .findFirst().orElse(null);
            if (title == null) {
                continue;
            }
            Post post = post(article, title);
            Holder holder = post.holder();
            if (holder.isUnwritten()) {
                continue;
            }
            String personId = entities.person(name, verb.end());
            relatePost(entities, personId, post, holder, verb.end());
            boolean executive = holder.org() != null && holder.org().isCompany();
            officials.add(new Official(personId, name, verb.end(), wei, executive, executive ? holder.org() : null));
        }
    }

    private static boolean hasClauseBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Chars.CLAUSE_COLON_OR_LINE_END.contains(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word (no function word, no punctuation) right before a title: the title's holder, written but not read. An
     * executive title after 公司/集团 refers to a company named before; a party or government title there (西京投资公司
     * 主席, 集团公司党组书记) belongs to that unread company, not to the article's region.
     */
    private static boolean afterUnreadWord(String text, int titleStart, boolean executiveTitle) {
        if (titleStart == 0 || !isNameChar(text.charAt(titleStart - 1)) || executiveTitle && speaksOfACompany(text, titleStart)) {
            return false;
        }
        String before = text.substring(Math.max(0, titleStart - 3), titleStart);
        // 十二里屯社区书记: a place too small for the gazetteer, inside the article's region, is still read as before
        return PLACE_SUFFIXES.stream().noneMatch(before::endsWith);
    }

    /** A body's ending (委员会, 研究院, 协会, 中心) right before a title whose holder was not read. */
    private static boolean afterUnknownBody(String text, int titleStart) {
        return titleStart > 0 && BODY_ENDINGS.indexOf(text.charAt(titleStart - 1)) >= 0;
    }

    private static boolean startsAnOrganisation(ArticleMentions article, int at) {
        for (OrgMention org : article.organizations()) {
            if (org.start() == at) {
                return true;
            }
        }
        return false;
    }

    /** The posts before one name, last first turned into first-to-last order. */
    private List<Post> chain(ArticleMentions article, WordTable.Hit<TitleWord> last, Map<Integer, WordTable.Hit<TitleWord>> titleEndingAt) {
        List<Post> posts = new ArrayList<>();
        Post post = post(article, last);
        posts.addFirst(post);
        while (post.start() > 0 && article.text().charAt(post.start() - 1) == Chars.ENUMERATION_COMMA) {
            WordTable.Hit<TitleWord> before = titleEndingAt.get(post.start() - 1);
            if (before == null) {
                break;
            }
            post = post(article, before);
            posts.addFirst(post);
        }
        return posts;
    }

    private Post post(ArticleMentions article, WordTable.Hit<TitleWord> title) {
        String text = article.text();
        int holderEnd = title.start();
        if (holderEnd > 0 && (text.charAt(holderEnd - 1) == ')' || text.charAt(holderEnd - 1) == Chars.CLOSE_PARENTHESIS)) {
            for (int i = holderEnd - 2; i >= Math.max(0, holderEnd - 8); i--) {
                if (text.charAt(i) == '(' || text.charAt(i) == Chars.OPEN_PARENTHESIS) {
                    holderEnd = i; // 党工委(挂职)副书记
                    break;
                }
            }
        }
        Holder holder = withoutConjunction(article, holder(article, holderEnd));
        if (holder.isUnwritten()) {
            holder = withoutConjunction(article, regionThroughLevel(article, title).orElse(holder));
        }
        if (holder.org() != null && "ZONE".equals(holder.org().kind()) && holder.org().regionPart().isEmpty()) {
            holder = unreadZone(article, holder.org()).map(org -> new Holder(org.start(), org, null, "")).orElse(holder);
        }
        return new Post(holder.start(), title.start(), title.end(), title, holder);
    }

    /**
     * 县长李某和县委书记王某: a region whose name opens with a conjunction the segmenter cut off as one (和|县委: not 和县)
     * is the level word after it, the article's region of that level.
     */
    private static Holder withoutConjunction(ArticleMentions article, Holder holder) {
        Token token = article.words().tokenAt(holder.start());
        boolean conjunction = token != null && token.start() == holder.start() && token.word().length() == 1
                && token.tag().startsWith(CONJUNCTION_TAG) && holder.start() > 0 && OrganizationFinder.isCjkLetter(article.text().charAt(holder.start() - 1));
        if (!conjunction) {
            return holder;
        }
        int start = holder.start() + 1;
        if (holder.org() != null && holder.org().leadsRegion() && holder.org().regionStart() > start) {
            OrgMention org = holder.org();
            OrgMention rest = new OrgMention(start, org.end(), org.surface().substring(1), org.kind(), org.regionStart(), true);
            return new Holder(start, rest, null, "");
        }
        if (holder.org() == null && holder.region() != null && holder.levelWord().length() > 1) {
            return new Holder(start, null, null, holder.levelWord().substring(1));
        }
        return holder;
    }

    /**
     * 临港新城管委会主任: a zone committee after a zone name the gazetteer does not know. The committee is that
     * zone's, not the article's region's, so its head holds a post in the committee (named with the zone) and
     * leads no region.
     */
    private static Optional<OrgMention> unreadZone(ArticleMentions article, OrgMention committee) {
        String text = article.text();
        int start = committee.start();
        while (start > 0 && committee.start() - start < MAX_ZONE_NAME && isNameChar(text.charAt(start - 1))) {
            start--;
        }
        if (committee.start() - start < 2) {
            return Optional.empty();
        }
        for (RegionMention region : article.regions()) {
            if (region.end() > start && region.start() < committee.start()) {
                return Optional.empty(); // a place the gazetteer knows: the finders' reading stands
            }
        }
        String surface = text.substring(start, committee.end());
        return Optional.of(new OrgMention(start, committee.end(), surface, committee.kind(), start, false));
    }

    private static boolean isNameChar(char c) {
        return OrganizationFinder.isCjkLetter(c) && !ZONE_NAME_STOPS.contains(String.valueOf(c));
    }

    /**
     * 江阴市长, 郑州市长: the region's name ends with the level character the title starts with, so the region
     * mention takes that character and the title alone finds nothing written before it.
     */
    private static Optional<Holder> regionThroughLevel(ArticleMentions article, WordTable.Hit<TitleWord> title) {
        String level = title.value().level();
        if (level.isEmpty() || !title.word().startsWith(level)) {
            return Optional.empty();
        }
        for (RegionMention region : article.regions()) {
            if (region.end() == title.start() + level.length() && region.start() < title.start() && region.division().name().endsWith(level)) {
                return Optional.of(new Holder(region.start(), null, region.division(), region.surface()));
            }
        }
        return Optional.empty();
    }

    private Holder holder(ArticleMentions article, int end) {
        String text = article.text();
        OrgMention best = null;
        for (OrgMention org : article.organizations()) {
            if (org.end() == end && (best == null || org.start() < best.start())) {
                best = org;
            }
        }
        if (best != null) {
            return new Holder(best.start(), best, null, "");
        }
        if (end > 0 && text.charAt(end - 1) == OF) {
            // 万通的董事长冯仑: a company joined to the title by 的
            for (OrgMention org : article.organizations()) {
                if (org.end() == end - 1 && org.isCompany() && (best == null || org.start() < best.start())) {
                    best = org;
                }
            }
            if (best != null) {
                return new Holder(best.start(), best, null, "");
            }
        }
        for (RegionMention region : article.regions()) {
            if (region.end() == end) {
                return new Holder(region.start(), null, region.division(), region.surface());
            }
        }
        if (end >= 3 && text.startsWith(AUTONOMOUS_REGION, end - 3)) {
            return new Holder(end - 3, null, null, AUTONOMOUS_REGION);
        }
        if (end >= 1 && LEVEL_CHARS.indexOf(text.charAt(end - 1)) >= 0 && (end == 1 || !OrganizationFinder.isCjkLetter(text.charAt(end - 2)))) {
            // 镇党委书记, 乡党委书记: a bare level character opening the post names the article's region of that level
            return new Holder(end - 1, null, null, text.substring(end - 1, end));
        }
        // 实景娱乐事业部业务发展总监: a department of the organisation named just before it
        for (OrgMention org : article.organizations()) {
            if (org.end() < end && end - org.end() <= MAX_DEPARTMENT_GAP && isDepartmentGap(text.substring(org.end(), end))) {
                if (best == null || org.end() > best.end()) {
                    best = org;
                }
            }
        }
        if (best != null) {
            return new Holder(best.start(), best, null, "");
        }
        return new Holder(end, null, null, "");
    }

    private static boolean isDepartmentGap(String gap) {
        if (DEPARTMENT_ENDINGS.stream().noneMatch(gap::endsWith)) {
            return false;
        }
        return gap.chars().allMatch(c -> c >= 0x4E00 && c <= 0x9FFF);
    }

    /**
     * A post with no holder written: a government head title names its own level, in the region of the post before
     * (in the chain, or of the name listed just before it) when that region is of the level; else the post before
     * it in the chain; else the article's region.
     */
    private Holder inherit(Entities entities, Post post, Holder previous, Holder before) {
        TitleWord title = post.title().value();
        if (!title.level().isEmpty()) {
            if (before != null) {
                Optional<Division> previousRegion = regionOf(entities, before);
                if (previousRegion.isPresent() && previousRegion.get().name().endsWith(title.level())) {
                    return new Holder(post.start(), null, previousRegion.get(), "");
                }
            }
            return entities.regions().forLevelWord(title.level()).map(d -> new Holder(post.start(), null, d, title.level())).orElse(null);
        }
        if (previous != null) {
            return previous;
        }
        if (title.kind().equals("EXECUTIVE")) {
            if (!speaksOfACompany(entities.article().text(), post.titleStart())) {
                return null; // 万通的董事长冯仑: the holder is written but was not read; the company before is not it
            }
            return latestCompanyBefore(entities.article(), post.titleStart()).map(org -> new Holder(post.start(), org, null, "")).orElse(null);
        }
        return entities.regions().home().map(d -> new Holder(post.start(), null, d, "")).orElse(null);
    }

    /** An executive title after 公司/该公司/集团 or opening a clause: it refers to a company named before. */
    private static boolean speaksOfACompany(String text, int titleStart) {
        if (titleStart == 0 || TITLE_OPENERS.indexOf(text.charAt(titleStart - 1)) >= 0) {
            return true;
        }
        String before = text.substring(Math.max(0, titleStart - 2), titleStart);
        return COMPANY_WORDS.contains(before);
    }

    /**
     * The company an executive title without holder (公司创始合伙人X说) belongs to: the last company named in this
     * sentence or the {@value #SENTENCES_BACK} before it, within the paragraph (a quote between the company and
     * the speaker counts as sentences of its own).
     */
    private static Optional<OrgMention> latestCompanyBefore(ArticleMentions article, int at) {
        Sentences.Sentence sentence = article.sentences().at(at);
        int index = Math.max(0, sentence.index() - SENTENCES_BACK);
        int previousStart = Math.max(article.sentences().all().get(index).start(), article.text().lastIndexOf('\n', at) + 1);
        OrgMention latest = null;
        for (OrgMention org : article.organizations()) {
            if (org.isCompany() && org.end() <= at && org.start() >= previousStart && (latest == null || org.start() > latest.start())) {
                latest = org;
            }
        }
        return Optional.ofNullable(latest);
    }

    private static Optional<Division> regionOf(Entities entities, Holder holder) {
        if (holder.region() != null) {
            return Optional.of(holder.region());
        }
        if (holder.org() != null && !holder.org().isCompany() && (holder.org().leadsRegion() || !holder.org().regionPart().isEmpty())) {
            return entities.regionOf(holder.org().regionPart(), holder.org().regionStart());
        }
        if (holder.org() == null && !holder.levelWord().isEmpty()) {
            return entities.regions().forLevelWord(holder.levelWord());
        }
        return Optional.empty();
    }

    private void relatePost(Entities entities, String personId, Post post, Holder holder, int at) {
        String text = entities.article().text();
        TitleWord title = post.title().value();
        String titleText = post.title().word();
        Map<String, Object> properties = new LinkedHashMap<>();
        if (holder.org() != null && holder.org().leadsRegion()) {
            OrgMention org = holder.org();
            String body = org.body();
            String prefix = body.length() == 1 ? levelCharOf(org) : "";
            String written = prefix + body + titleText;
            Optional<Division> region = holder.region() != null ? Optional.of(holder.region()) : entities.regionOf(org.regionPart(), org.regionStart());
            // the committee is part of the title as written (市委常委, 党工委副书记): the post is not just 常委
            properties.put("title", written);
            if (title.kind().equals("LEADER") && region.isPresent()) {
                entities.relate("LEADS", personId, entities.region(region.get(), at), properties, at);
                return;
            }
            entities.relate("HOLDS_POSITION", personId, organizationOf(entities, holder), properties, at);
            return;
        }
        if (holder.org() != null) {
            int titleFrom = holder.org().end() >= post.start() ? Math.min(holder.org().end(), post.titleStart()) : post.titleStart();
            properties.put("title", text.substring(titleFrom, post.titleEnd()).replaceAll(BRACKETED_REGEX, ""));
            // a post in a company makes a business person, not an official: WORKS_FOR keeps the two apart
            String type = holder.org().isCompany() ? "WORKS_FOR" : "HOLDS_POSITION";
            entities.relate(type, personId, organizationOf(entities, holder), properties, at);
            return;
        }
        Optional<Division> region = holder.region() != null ? Optional.of(holder.region())
                : entities.regions().forLevelWord(holder.levelWord());
        if (region.isEmpty()) {
            return;
        }
        boolean unlisted = holder.region() != null && holder.region().code().isEmpty() && holder.start() < post.titleStart();
        // 某某村党支部书记: the title of a post in a small place the gazetteer lacks keeps the body written with it
        properties.put("title", unlisted ? text.substring(holder.start() + holder.region().name().length(), post.titleEnd()) : titleText);
        boolean leads = title.kind().equals("LEADER") && (!title.level().isEmpty() || holder.start() < post.titleStart());
        entities.relate(leads ? "LEADS" : "HOLDS_POSITION", personId, entities.region(region.get(), at), properties, at);
    }

    private static String organizationOf(Entities entities, Holder holder) {
        return holder.region() != null ? entities.organizationIn(holder.org(), holder.region()) : entities.organization(holder.org());
    }

    private static String levelCharOf(OrgMention org) {
        String region = org.regionPart();
        if (region.isEmpty()) {
            return "";
        }
        return region.endsWith(AUTONOMOUS_REGION) ? AUTONOMOUS_REGION : region.substring(region.length() - 1);
    }
}
