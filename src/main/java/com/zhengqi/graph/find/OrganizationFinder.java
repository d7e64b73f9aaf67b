package com.zhengqi.graph.find;

import com.zhengqi.graph.lexicon.Chars;
import com.zhengqi.graph.lexicon.Terms;
import com.zhengqi.graph.resolve.CommonWords;
import com.zhengqi.graph.resolve.RegionMention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds organisations: companies by their ending (有限公司, 集团, 银行...), brand names by context (lists
 * closed by 等…企业, 与X合作, the holder of a company title such as 董事长), government and party bodies from
 * the department lexicon with the region part written before them (区商务局, 北关区民政局), and the
 * committees that govern a region (区委, 开发区党工委, 管委会).
 */
public final class OrganizationFinder {

    private static final Terms RULES = Terms.load("rules/organization-finder.txt");
    private static final String LEVEL_CHARS = RULES.word("level-chars");
    private static final char COMMITTEE = RULES.character("committee");
    private static final String NOT_AFTER_SINGLE_ENDING = RULES.word("not-after-single-ending");
    private static final String AUTONOMOUS_REGION = RULES.word("autonomous-region");
    private static final String NAME_BREAKERS = RULES.word("name-breakers");
    private static final String NOT_AFTER_ENDING = RULES.word("not-after-ending");
    private static final String COMPANY = RULES.word("company");
    private static final char MEASURE_JIA = RULES.character("measure-jia");
    private static final char ETC = RULES.character("etc");
    private static final String OF = RULES.word("of");
    private static final String ADVERBIAL = RULES.word("adverbial");
    private static final String COMPLEMENT = RULES.word("complement");
    private static final String PERFECTIVE = RULES.word("perfective");
    private static final String OFFICE_CHARS = RULES.word("office-chars");
    private static final char IS = RULES.character("is");
    private static final String ONE_OF = RULES.word("one-of");
    private static final String OPEN_PARENTHESIS = RULES.word("open-parenthesis");
    private static final String LEVEL_PREFIX_CHARS = RULES.word("level-prefix-chars");
    private static final String LIST_CONJUNCTIONS = RULES.word("list-conjunctions");
    private static final String BANK = RULES.word("bank");
    private static final String COMPANY_TAG = RULES.word("company-tag");

    private static final Set<String> NAME_VERBS = Set.copyOf(Lexicon.words("company-name-verbs.txt"));
    private static final Set<String> BANK_NAME_VERBS = Set.of(RULES.word("bank-name-verbs").split(" "));

    private static final int MAX_COMPANY_LENGTH = 24;
    private static final int MAX_BRAND_LENGTH = 10;

    private final WordTable<Boolean> companySuffixes = WordTable.of(Lexicon.words("company-suffixes.txt"));
    private final WordTable<Boolean> genericStems = WordTable.of(Lexicon.words("generic-company-stems.txt"));
    private final WordTable<Boolean> determiners = WordTable.of(Lexicon.words("company-determiners.txt"));
    private final WordTable<Boolean> classNouns = WordTable.of(Lexicon.words("company-class-nouns.txt"));
    private final WordTable<Boolean> personHeads = WordTable.of(Lexicon.words("company-list-person-heads.txt"));
    private final Set<String> itemRejects = Set.copyOf(Lexicon.words("list-item-rejects.txt"));
    private final Map<String, Set<String>> contexts = new HashMap<>();
    private final Map<String, Set<String>> visitContexts = new HashMap<>();
    private final WordTable<Boolean> trades = WordTable.of(Lexicon.words("industry-words.txt"));
    private final WordTable<String> departments = new WordTable<>(Lexicon.pairs("government-departments.txt"));
    private final WordTable<String[]> committees;
    private final WordTable<String> titles = new WordTable<>(Lexicon.pairs("titles.txt"));
    private final CompanyNameCheck nameCheck = new CompanyNameCheck(companySuffixes, titles, genericStems);

    public OrganizationFinder() {
        for (String[] row : Lexicon.rows("company-contexts.txt")) {
            contexts.computeIfAbsent(row[0], k -> new HashSet<>()).add(row[1]);
        }
        for (String[] row : Lexicon.rows("company-visit-contexts.txt")) {
            visitContexts.computeIfAbsent(row[0], k -> new HashSet<>()).add(row[1]);
        }
        Map<String, String[]> committeeRows = new HashMap<>();
        for (String[] row : Lexicon.rows("party-government-holders.txt")) {
            committeeRows.put(row[0], row);
        }
        committees = new WordTable<>(committeeRows);
    }

    public List<OrgMention> find(String text, Segmentation words, List<RegionMention> regions) {
        Map<Integer, RegionMention> regionEndingAt = new HashMap<>();
        for (RegionMention region : regions) {
            regionEndingAt.put(region.end(), region);
        }
        List<OrgMention> found = new ArrayList<>();
        findBodies(text, regionEndingAt, found);
        findCompaniesBySuffix(text, words, regions, found);
        Set<Integer> firmListItems = new HashSet<>();
        findCompanyLists(text, words, regions, found, firmListItems);
        findCompanyContexts(text, words, regions, found);
        findTitleHolders(text, words, regions, found);
        findSelfDescribed(text, words, regions, found);
        findCompanyWords(text, words, regions, found);
        dropNonNames(text, words, regions, found, firmListItems);
        findAliases(text, words, regions, found);
        found.sort(Comparator.comparingInt(OrgMention::start).thenComparingInt(m -> -m.end()));
        return dropDuplicates(found);
    }

    // ---- government and party bodies

    private void findBodies(String text, Map<Integer, RegionMention> regionEndingAt, List<OrgMention> found) {
        int covered = 0;
        for (WordTable.Hit<String> hit : departments.all(text)) {
            if (hit.start() < covered) {
                continue;
            }
            int regionStart = hit.start();
            int start = regionPrefixStart(text, hit.start(), regionEndingAt);
            // 区委组织部: the party committee written before a party department
            if (start == hit.start() && hit.start() > 1 && text.charAt(hit.start() - 1) == COMMITTEE
                    && LEVEL_CHARS.indexOf(text.charAt(hit.start() - 2)) >= 0) {
                start = regionPrefixStart(text, hit.start() - 1, regionEndingAt);
                if (start == hit.start() - 1) {
                    start = hit.start() - 2;
                }
                regionStart = hit.start() - 1;
            } else if (start < hit.start()) {
                regionStart = hit.start();
            }
            if (start == hit.start() && hit.value().equals("GOVERNMENT") && hit.word().length() <= 3 && !isSeparatedBefore(text, hit.start())) {
                continue; // a bare 办公室 or 办事处 inside a longer phrase names nothing
            }
            found.add(new OrgMention(start, hit.end(), text.substring(start, hit.end()), hit.value(), regionStart, false));
            covered = hit.end();
        }
        covered = 0;
        for (WordTable.Hit<String[]> hit : committees.all(text)) {
            if (hit.start() < covered) {
                continue;
            }
            String[] row = hit.value();
            int start = regionPrefixStart(text, hit.start(), regionEndingAt);
            boolean single = hit.word().length() == 1;
            if (single && start == hit.start()) {
                continue; // 委 alone is a committee only after a region (区委, 北关区委)
            }
            if (single && hit.end() < text.length() && NOT_AFTER_SINGLE_ENDING.indexOf(text.charAt(hit.end())) >= 0) {
                continue; // 区委员, 委托
            }
            if (start == hit.start() && !isSeparatedBefore(text, hit.start()) && !row[1].equals("ZONE")) {
                continue;
            }
            if (departments.longestStartingAt(text, hit.end()) != null) {
                continue; // 区委组织部 is the department, found above
            }
            found.add(new OrgMention(start, hit.end(), text.substring(start, hit.end()), row[1], hit.start(), Boolean.parseBoolean(row[2])));
            covered = hit.end();
        }
    }

    /** Start of the region part written right before {@code at}: a region mention or a bare level character. */
    private static int regionPrefixStart(String text, int at, Map<Integer, RegionMention> regionEndingAt) {
        RegionMention region = regionEndingAt.get(at);
        if (region != null) {
            return region.start();
        }
        if (at >= 3 && text.startsWith(AUTONOMOUS_REGION, at - 3)) {
            return at - 3;
        }
        if (at >= 1 && LEVEL_CHARS.indexOf(text.charAt(at - 1)) >= 0 && (at == 1 || !isCjkLetter(text.charAt(at - 2)) || isSeparatedBefore(text, at - 1))) {
            return at - 1;
        }
        return at;
    }

    private static boolean isSeparatedBefore(String text, int at) {
        if (at == 0) {
            return true;
        }
        char c = text.charAt(at - 1);
        return !isCjkLetter(c) || NAME_BREAKERS.indexOf(c) >= 0;
    }

    public static boolean isCjkLetter(char c) {
        return Chars.isBasicIdeograph(c);
    }

    // ---- companies

    private void findCompaniesBySuffix(String text, Segmentation words, List<RegionMention> regions, List<OrgMention> found) {
        List<WordTable.Hit<Boolean>> hits = companySuffixes.longestNonOverlapping(text);
        for (int h = 0; h < hits.size(); h++) {
            WordTable.Hit<Boolean> hit = hits.get(h);
            int end = hit.end();
            if (end < text.length() && NOT_AFTER_ENDING.indexOf(text.charAt(end)) >= 0) {
                continue;
            }
            if (h > 0 && hits.get(h - 1).end() == hit.start() && hits.get(h - 1).word().endsWith(COMPANY)) {
                continue; // 有限公司控股投资: an ending right after a complete name is a word of the sentence
            }
            if (endsInsideWord(words, end)) {
                continue; // 银行卡, 保险箱: the ending is the head of a longer word
            }
            boolean bank = hit.word().equals(BANK);
            Token whole = words.tokenAt(hit.start());
            int start = whole != null && whole.start() < hit.start() && whole.end() == end && isCompanyTag(whole.tag())
                    ? whole.start() : Boundaries.companyNameStart(text, words, hit.start(), MAX_COMPANY_LENGTH);
            int verbStart = bank ? verbNamedBankStart(words, regions, hit.start()) : hit.start();
            boolean verbNamed = verbStart < hit.start();
            if (verbNamed && start > verbStart) {
                start = verbStart;
            }
            if (start == hit.start() || start > 0 && text.charAt(start - 1) == MEASURE_JIA) {
                continue;
            }
            String stem = text.substring(start, hit.start());
            boolean companyWord = isCompanyWord(words, start, end);
            // 北京银行, 宁波银行: a city's bank is named by the bare place; 江西省银行 (a place with its level) is banks in it
            boolean cityBank = bank && isRegion(regions, start, hit.start()) && words.isBoundary(start)
                    && LEVEL_CHARS.indexOf(text.charAt(hit.start() - 1)) < 0;
            if (!companyWord && (isGenericAfterPlace(text, regions, start, hit.start()) && !verbNamed || isRegion(regions, start, hit.start()) && !cityBank
                    || endsInGenericAfterVerb(text, words, start, hit.start()) || isRelationPhrase(stem))) {
                continue;
            }
            found.add(company(text, start, end));
        }
    }

    /** True when the ending stops inside a longer word that is no company word itself (银行卡, 保险箱; not 股份公司). */
    private boolean endsInsideWord(Segmentation words, int end) {
        Token word = words.tokenAt(end - 1);
        return word != null && word.end() > end && companySuffixes.longestEndingAt(word.word(), word.word().length()) == null;
    }

    /**
     * 光大银行, 建设银行, 招商银行: a bank named by one verb ({@link #isBankNameVerb}), which the segmenter reads as the sentence's verb. The
     * verb is the bank's name when it opens the clause (after punctuation, a preposition, a conjunction or a place:
     * 中国光大银行); after a subject or an adverb (警方调取银行, 随即致电银行) it is the sentence's verb.
     */
    private static int verbNamedBankStart(Segmentation words, List<RegionMention> regions, int bankStart) {
        Token verb = bankStart == 0 ? null : words.tokenAt(bankStart - 1);
        if (verb == null || verb.end() != bankStart || !isBankNameVerb(verb)) {
            return bankStart;
        }
        Token before = verb.start() == 0 ? null : words.tokenAt(verb.start() - 1);
        boolean opens = before == null || before.isPunctuation() || before.tag().startsWith("p") || before.tag().startsWith("c")
                || before.tag().startsWith("ns") || regions.stream().anyMatch(r -> r.end() == verb.start());
        return opens ? verb.start() : bankStart;
    }

    /**
     * A two-character verb that can be a bank's name: one of the verbs that open company names (兴业) or of banks (建设), or
     * a verb HanLP has rarely met (光大); a common verb (收到, 相关, 增加) is the sentence's.
     */
    static boolean isBankNameVerb(Token verb) {
        return verb.word().length() == 2 && verb.tag().startsWith("v") && (NAME_VERBS.contains(verb.word()) || BANK_NAME_VERBS.contains(verb.word()) || CommonWords.isRareWord(verb.word()));
    }

    /** 中国银行, 腾讯公司: the whole name is one word the segmenter knows as a company's (tags ntc, ntcb, ntcf, ntch). */
    private static boolean isCompanyWord(Segmentation words, int start, int end) {
        Token word = words.tokenAt(start);
        return word != null && word.start() == start && word.end() == end && isCompanyTag(word.tag());
    }

    static boolean isCompanyTag(String tag) {
        return tag.startsWith(COMPANY_TAG);
    }

    /**
     * 铁西区整合区内国有银行: a generic word right before the ending, and a verb before it, make no name. A verb
     * joined to another (开发建设有限公司) is part of a name's line of business, not the sentence's verb.
     */
    private boolean endsInGenericAfterVerb(String text, Segmentation words, int start, int stemEnd) {
        Token last = words.tokenAt(stemEnd - 1);
        if (last == null || !genericStems.contains(last.word())) {
            return false;
        }
        int lastIndex = words.indexAt(last.start());
        for (int i = words.indexAt(start); i < lastIndex; i++) {
            Token token = words.tokens().get(i);
            if (isVerbWord(token) && !isVerbWord(words.tokens().get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVerbWord(Token token) {
        String tag = token.tag();
        return (tag.equals("v") || tag.equals("vn") || tag.equals("vi")) && token.word().length() >= 2;
    }

    /** 锦辉控股集团全资子公司: a company, a generic word and a branch ending tell how two companies relate. */
    private boolean isRelationPhrase(String stem) {
        int end = stem.length();
        while (end > 0) {
            WordTable.Hit<Boolean> generic = genericStems.longestEndingAt(stem, end);
            if (generic == null) {
                break;
            }
            end = generic.start();
        }
        return end > 0 && end < stem.length() && companySuffixes.longestEndingAt(stem, end) != null;
    }

    /**
     * Items of {@code A、B等…企业} lists. When the head noun names firms as a whole word (等企业, 等知名企业, not 等企业家
     * or 等企业代表), the start of each item goes into {@code firmListItems}: such an item is a brand even where the
     * segmenter reads it as a person's name (诺泰).
     */
    private void findCompanyLists(String text, Segmentation words, List<RegionMention> regions, List<OrgMention> found, Set<Integer> firmListItems) {
        for (int i = text.indexOf(ETC); i >= 0; i = text.indexOf(ETC, i + 1)) {
            int headEnd = classNounEnd(text, i + 1);
            if (headEnd < 0) {
                continue;
            }
            boolean firmHead = words.isBoundary(headEnd) && personHeads.longestStartingAt(text, headEnd) == null;
            int itemEnd = i;
            while (itemEnd > 0) {
                int separator = lastSeparator(text, words, itemEnd);
                int itemStart = separator >= 0 ? separator + 1 : Boundaries.companyNameStart(text, words, itemEnd, MAX_BRAND_LENGTH + 6);
                if (separator < 0 || itemEnd - itemStart > MAX_BRAND_LENGTH + 6) {
                    itemStart = afterParticle(words, Boundaries.companyNameStart(text, words, itemEnd, MAX_BRAND_LENGTH + 6), itemEnd);
                }
                if (departments.longestEndingAt(text, itemEnd) != null) {
                    break; // 邀请A局、B局和C联社等机构: the agencies of the list, and what is named before them, are no firms
                }
                // 百某中国首席执行官X, or X cut off after the title: a person with a post, no brand
                if (titles.longestNonOverlapping(text.substring(itemStart, itemEnd)).isEmpty() && titles.longestEndingAt(text, itemStart) == null) {
                    addBrand(text, itemStart, itemEnd, regions, found);
                    if (firmHead) {
                        firmListItems.add(itemStart);
                    }
                }
                if (separator < 0 || itemStart != separator + 1) {
                    break;
                }
                itemEnd = separator;
            }
        }
    }

    /** 拜访了|A、B等企业: the particle after the verb before the first item opens no name. */
    private static int afterParticle(Segmentation words, int start, int end) {
        Token first = words.tokenAt(start);
        return first != null && first.start() == start && first.end() < end && first.tag().startsWith("u") ? first.end() : start;
    }

    /** Where the 企业, 金融机构, ... that follows 等 within a few characters and no punctuation ends, or -1. */
    private int classNounEnd(String text, int from) {
        for (int at = from; at < Math.min(text.length(), from + 9); at++) {
            char c = text.charAt(at);
            if (!isCjkLetter(c) && !Character.isDigit(c)) {
                return -1;
            }
            WordTable.Hit<Boolean> noun = classNouns.longestStartingAt(text, at);
            if (noun != null) {
                return noun.end();
            }
        }
        return -1;
    }

    /** The 、 or the conjunction 和/及 (a word of its own) that separates the list item ending at {@code end} from the one before, or -1. */
    private static int lastSeparator(String text, Segmentation words, int end) {
        for (int i = end - 1; i >= 0 && end - i <= MAX_BRAND_LENGTH + 6; i--) {
            char c = text.charAt(i);
            if (c == Chars.ENUMERATION_COMMA) {
                return i;
            }
            Token word = words.tokenAt(i);
            if (LIST_CONJUNCTIONS.indexOf(c) >= 0 && word != null && word.start() == i && word.end() == i + 1 && word.tag().startsWith("c")) {
                return i; // 碧桂园和万科等企业
            }
            if (!isCjkLetter(c) && c != '(' && c != ')' && c != Chars.OPEN_PARENTHESIS && c != Chars.CLOSE_PARENTHESIS && !Character.isLetterOrDigit(c) && c != '·') {
                return -1;
            }
        }
        return -1;
    }

    private void addBrand(String text, int start, int end, List<RegionMention> regions, List<OrgMention> found) {
        if (end - start < 2 || end - start > MAX_BRAND_LENGTH + 6) {
            return;
        }
        String name = text.substring(start, end);
        if (name.endsWith(OF) || name.endsWith(ADVERBIAL) || name.endsWith(COMPLEMENT) || name.contains(OF) || name.contains(PERFECTIVE)) {
            return;
        }
        if (companySuffixes.contains(name) || classNouns.contains(name)) {
            return; // 公司, 银行: an ending alone names nothing
        }
        WordTable.Hit<Boolean> ending = companySuffixes.longestEndingAt(name, name.length());
        if (ending != null && (isGeneric(name.substring(0, ending.start())) || isOnlyEndings(name))) {
            return; // 项目公司, 该公司
        }
        for (String reject : itemRejects) {
            if (name.endsWith(reject) || name.startsWith(reject)) {
                return;
            }
        }
        if (isGeneric(name) || isRegion(regions, start, end) || name.chars().allMatch(Character::isDigit) || isPlaceAndDeterminer(text, regions, start, end)) {
            return;
        }
        found.add(company(text, start, end));
    }

    private void findCompanyContexts(String text, Segmentation words, List<RegionMention> regions, List<OrgMention> found) {
        findCompanyContexts(text, words, regions, found, contexts, false);
        findCompanyContexts(text, words, regions, found, visitContexts, true);
    }

    /**
     * Short names between an opener and a closer of {@code table}. With {@code firmShaped} (the frames of a visit:
     * 莅临X考察, 到X参观考察, where X may as well be a place or a site) the name must end in a line of business
     * (宏远光电, 恒力重工): a name part and the firm's trade, the way a firm is written without its legal form.
     */
    private void findCompanyContexts(String text, Segmentation words, List<RegionMention> regions, List<OrgMention> found,
                                     Map<String, Set<String>> table, boolean firmShaped) {
        for (Map.Entry<String, Set<String>> context : table.entrySet()) {
            String opener = context.getKey();
            for (int i = text.indexOf(opener); i >= 0; i = text.indexOf(opener, i + 1)) {
                Token word = words.tokenAt(i);
                if (word == null || word.start() != i || word.end() != i + opener.length()) {
                    continue; // 同 in 共同见证项目签约 is no preposition
                }
                int from = i + opener.length();
                for (int end = from + 2; end <= Math.min(text.length(), from + MAX_BRAND_LENGTH); end++) {
                    char c = text.charAt(end - 1);
                    if (!isCjkLetter(c) && !Character.isLetterOrDigit(c)) {
                        break;
                    }
                    int closeAt = end;
                    if (context.getValue().stream().anyMatch(close -> text.startsWith(close, closeAt))) {
                        boolean shaped = !firmShaped || words.isBoundary(end) && trades.longestEndingAt(text, end) != null
                                && trades.longestEndingAt(text, end).start() >= from + 2;
                        if (shaped && departments.longestEndingAt(text, end) == null && committees.longestEndingAt(text, end) == null) {
                            addBrand(text, from, end, regions, found);
                        }
                        break;
                    }
                }
            }
        }
    }

    /** 中联重科董事长詹纯新: the words right before a company title name a company. */
    private void findTitleHolders(String text, Segmentation words, List<RegionMention> regions, List<OrgMention> found) {
        for (WordTable.Hit<String> hit : titles.longestNonOverlapping(text)) {
            if (!hit.value().startsWith("EXECUTIVE")) {
                continue;
            }
            int end = hit.start();
            if (found.stream().anyMatch(m -> m.end() == end || m.start() < end && m.end() > end - 8 && m.end() <= end)) {
                continue; // the holder is already a known organisation (and perhaps a department of it)
            }
            int start = Boundaries.nameStart(text, words, end, MAX_BRAND_LENGTH, true);
            if (start < end && OFFICE_CHARS.indexOf(text.charAt(end - 1)) >= 0) {
                continue; // 事业部总监: a department of a company named earlier, not a brand
            }
            if (start < end && !namesHolder(words, start, end)) {
                continue; // 营销总监, 客户经理, 艺术总监: the field of the post, no company
            }
            addBrand(text, start, end, regions, found);
        }
    }

    /**
     * Whether the words before an executive title can be the company that holds it: one word must be a name the
     * segmenter does not know as common vocabulary (a brand, an organisation, letters, an abbreviation, a word HanLP
     * has rarely met: 蓝鲸) or the holder must be made of several words (美|团); one frequent common noun or verb
     * (营销, 客户, 创意) is the post's field, and
     * a person's name at the end (可以问孙楠) is the holder of the post, not its company.
     */
    private static boolean namesHolder(Segmentation words, int start, int end) {
        Token last = words.tokenAt(end - 1);
        if (last == null || last.isPersonName() && !last.tag().equals("nrf")) {
            return false;
        }
        Token first = words.tokenAt(start);
        if (first == null || first.start() != start || first.end() != end) {
            return true;
        }
        String tag = first.tag();
        return tag.equals("nz") || tag.startsWith("nt") || tag.equals("nx") || tag.equals("j") || tag.equals("x") || tag.equals("nrf")
                || CommonWords.isRareWord(first.word());
    }

    /**
     * 华源精机是中国机床行业的首家上市公司: the short subject that opens a sentence saying it is a company or an
     * enterprise (the clause after 是 ends with a class noun) is a company. People and pronouns are never such a subject.
     */
    private void findSelfDescribed(String text, Segmentation words, List<RegionMention> regions, List<OrgMention> found) {
        for (int shi = text.indexOf(IS); shi >= 0; shi = text.indexOf(IS, shi + 1)) {
            int start = shi;
            while (start > 0 && shi - start <= MAX_BRAND_LENGTH && (isCjkLetter(text.charAt(start - 1)) || Character.isLetterOrDigit(text.charAt(start - 1)))) {
                start--;
            }
            boolean opensSentence = start == 0 || Chars.SENTENCE_OR_LINE_BREAK.contains(text.charAt(start - 1));
            if (!opensSentence || shi - start < 2 || shi - start > MAX_BRAND_LENGTH || !words.isBoundary(start) || !words.isBoundary(shi)) {
                continue;
            }
            int from = start;
            if (found.stream().anyMatch(m -> m.start() <= from && m.end() > from)) {
                continue; // already a known organisation
            }
            int clauseEnd = shi + 1;
            while (clauseEnd < text.length() && !Chars.CLAUSE_OR_LINE_END.contains(text.charAt(clauseEnd))) {
                clauseEnd++;
            }
            int nounEnd = text.startsWith(ONE_OF, clauseEnd - 2) ? clauseEnd - 2 : clauseEnd;
            WordTable.Hit<Boolean> noun = classNouns.longestEndingAt(text, nounEnd);
            if (noun == null || noun.start() <= shi + 1 || !words.isBoundary(noun.start()) || hasPersonOrPronoun(words, start, shi)) {
                continue;
            }
            addBrand(text, start, shi, regions, found);
        }
    }

    private static boolean hasPersonOrPronoun(Segmentation words, int start, int end) {
        for (int at = start; at < end; ) {
            Token token = words.tokenAt(at);
            if (token == null) {
                return false;
            }
            if (token.isPersonName() || token.tag().startsWith("r") || token.tag().startsWith("v") || token.tag().startsWith("p")) {
                return true;
            }
            at = token.end();
        }
        return false;
    }

    /**
     * 腾讯, 京东, 中国银行: a word the segmenter's dictionary knows as a company's name (tagged ntc…) is a company
     * wherever it stands, unless an organisation found above already covers it or the word is mostly common
     * vocabulary in HanLP's core dictionary (大众 'the public', 现代 'modern', 大展).
     */
    private void findCompanyWords(String text, Segmentation words, List<RegionMention> regions, List<OrgMention> found) {
        for (Token token : words.tokens()) {
            if (!isCompanyTag(token.tag()) || token.word().length() < 2 || isRegion(regions, token.start(), token.end())
                    || CommonWords.isOrdinaryWord(token.word())) {
                continue;
            }
            Token next = words.tokenAt(token.end());
            if (next != null && (next.tag().startsWith("n") && !next.tag().equals("nnt") || next.tag().equals("b") || next.tag().equals("vn"))) {
                continue; // 三菱|树脂, 新浪|娱乐: the word opens a longer name or a compound, read by other rules
            }
            if (found.stream().noneMatch(m -> m.start() < token.end() && token.start() < m.end())) {
                found.add(company(text, token.start(), token.end()));
            }
        }
    }

    /** Removes the company candidates that name no company (see {@link CompanyNameCheck}). */
    private void dropNonNames(String text, Segmentation words, List<RegionMention> regions, List<OrgMention> found, Set<Integer> firmListItems) {
        Map<Integer, Integer> regionEndAt = new HashMap<>();
        for (RegionMention region : regions) {
            regionEndAt.merge(region.start(), region.end(), Math::max);
        }
        for (int i = found.size() - 1; i >= 0; i--) {
            OrgMention m = found.get(i);
            if (!m.isCompany()) {
                continue;
            }
            int start = nameCheck.nameStart(text, words, m.start(), m.end(), regionEndAt.getOrDefault(m.start(), m.start()), m.regionStart() > m.start(),
                    firmListItems.contains(m.start()));
            if (start < 0) {
                found.remove(i);
            } else if (start > m.start()) {
                found.set(i, company(text, start, m.end()));
            }
        }
    }

    /** Every other place where a company found above is named again, in full or by its stem (雨润 for 雨润集团). */
    private void findAliases(String text, Segmentation words, List<RegionMention> regions, List<OrgMention> found) {
        Map<String, Boolean> names = new HashMap<>();
        Set<String> shortNames = new HashSet<>();
        for (OrgMention m : found) {
            if (!m.isCompany()) {
                continue;
            }
            names.put(m.surface(), true);
            WordTable.Hit<Boolean> suffix = companySuffixes.longestEndingAt(m.surface(), m.surface().length());
            if (suffix != null) {
                String stem = m.surface().substring(0, suffix.start());
                // 招商 of 招商银行 is a verb of the sentence elsewhere (招商引资), no alias of the bank
                if (stem.length() >= 2 && !isGeneric(stem) && !stem.contains("(") && !stem.contains(OPEN_PARENTHESIS)
                        && !CommonWords.isVerb(stem)) {
                    names.put(stem, true);
                }
                if (suffix.word().equals(BANK)) {
                    shortNames.add(bankShortName(m, stem, words, regions));
                }
            }
        }
        names.keySet().removeIf(String::isEmpty);
        shortNames.forEach(name -> names.put(name, true));
        int[] coveredBy = new int[text.length() + 1];
        for (OrgMention m : found) {
            for (int c = m.start(); c < m.end(); c++) {
                coveredBy[c] = 1;
            }
        }
        for (WordTable.Hit<Boolean> hit : new WordTable<>(names).longestNonOverlapping(text)) {
            boolean free = true;
            for (int c = hit.start(); c < hit.end(); c++) {
                free &= coveredBy[c] == 0;
            }
            boolean wholeWord = !shortNames.contains(hit.word()) || words.tokenAt(hit.start()).end() == hit.end();
            if (free && wholeWord && words.isBoundary(hit.start()) && !isRegion(regions, hit.start(), hit.end())) {
                found.add(company(text, hit.start(), hit.end()));
            }
        }
    }

    /**
     * The short name of a bank: the first character of its name part after the place, and 行 (建行 for 中国建设银行,
     * 招行 for 招商银行, 中行 for 中国银行). It is taken only where the text writes it as a word of its own.
     */
    private static String bankShortName(OrgMention bank, String stem, Segmentation words, List<RegionMention> regions) {
        int from = 0;
        Token first = words.tokenAt(bank.start());
        if (first != null && first.start() == bank.start() && first.tag().startsWith("ns") && first.end() - bank.start() < stem.length()) {
            from = first.end() - bank.start();
        }
        for (RegionMention region : regions) {
            if (region.start() == bank.start() && region.end() - bank.start() < stem.length()) {
                from = Math.max(from, region.end() - bank.start());
            }
        }
        return stem.isEmpty() ? "" : stem.charAt(from) + BANK.substring(BANK.length() - 1);
    }

    /**
     * A company mention; 省电力公司, 市自来水公司 (a bare level character, then a name that is no place) carry that
     * character as their region part, so the company is named after the article's province or city.
     */
    private static OrgMention company(String text, int start, int end) {
        boolean levelPrefix = end - start > 3 && LEVEL_PREFIX_CHARS.indexOf(text.charAt(start)) >= 0 && isSeparatedBefore(text, start);
        return new OrgMention(start, end, text.substring(start, end), "COMPANY", levelPrefix ? start + 1 : start, false);
    }

    /**
     * True when the stem is made only of generic words, or of company endings (银行|支行), or is a place and a
     * determiner (北京某|公司, 深圳一家|典当行, 上海一家小型催账|公司): a firm of a kind, no name.
     */
    private boolean isGenericAfterPlace(String text, List<RegionMention> regions, int start, int end) {
        String stem = text.substring(start, end);
        if (isGeneric(stem)) {
            return true;
        }
        return isPlaceAndDeterminer(text, regions, start, end) || isOnlyEndings(stem);
    }

    /** 北京某|公司, 洛阳一家|典当行: a place, then a determiner that picks out an unnamed firm. */
    private boolean isPlaceAndDeterminer(String text, List<RegionMention> regions, int start, int end) {
        for (RegionMention region : regions) {
            if (region.start() == start && region.end() < end && determiners.longestStartingAt(text, region.end()) != null) {
                return true;
            }
        }
        return false;
    }

    /** True when the text is made only of company endings (银行支行): an ending alone names nothing. */
    private boolean isOnlyEndings(String stem) {
        int at = 0;
        while (at < stem.length()) {
            WordTable.Hit<Boolean> suffix = companySuffixes.longestStartingAt(stem, at);
            if (suffix == null) {
                return false;
            }
            at = suffix.end();
        }
        return true;
    }

    /** True when the stem is made only of generic words (小贷, 国有, 该) and digits. */
    boolean isGeneric(String stem) {
        int at = 0;
        while (at < stem.length()) {
            WordTable.Hit<Boolean> hit = genericStems.longestStartingAt(stem, at);
            if (hit != null) {
                at = hit.end();
            } else if (!isCjkLetter(stem.charAt(at)) && !Character.isLetter(stem.charAt(at))) {
                at++;
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean isRegion(List<RegionMention> regions, int start, int end) {
        for (RegionMention region : regions) {
            if (region.start() == start && region.end() == end) {
                return true;
            }
        }
        return false;
    }

    private static List<OrgMention> dropDuplicates(List<OrgMention> sorted) {
        List<OrgMention> kept = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (OrgMention m : sorted) {
            if (seen.add(((long) m.start() << 32) | m.end())) {
                kept.add(m);
            }
        }
        return kept;
    }
}
