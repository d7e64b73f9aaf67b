package com.zhengqi.graph.relate;

import com.zhengqi.graph.find.Amount;
import com.zhengqi.graph.find.ArticleMentions;
import com.zhengqi.graph.find.Lexicon;
import com.zhengqi.graph.find.OrgMention;
import com.zhengqi.graph.find.ProjectMention;
import com.zhengqi.graph.find.Sentences;
import com.zhengqi.graph.find.WordTable;
import com.zhengqi.graph.lexicon.Chars;
import com.zhengqi.graph.lexicon.Terms;
import com.zhengqi.graph.resolve.Division;
import com.zhengqi.graph.resolve.RegionMention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Projects with their amounts, investors, places and status, and the aggregates (statistics) that are not
 * projects. Amounts pair with projects inside one sentence: "投资X的P" first, then an investment amount goes
 * to the nearest project before it (P，总投资X) or after it (投资X，建设P); a sentence that names no project
 * but speaks of 项目总投资 gives its amount to the last project named before. Investors: the company a project
 * is named after (华凯集团腾翔…项目), "由A和B投资建设的P", "A…投入/追加/投资…P" and "投建方是A".
 */
final class ProjectReader {
    private static final Terms RULES = Terms.load("rules/project-reader.txt");
    private static final String COUNT_REGEX = RULES.word("count-regex");
    private static final String PERIOD_REGEX = RULES.word("period-regex");
    private static final String COMPANY_SUBJECT_REGEX = RULES.word("company-subject-regex");
    private static final String OPEN_PARENTHESIS = RULES.word("open-parenthesis");
    private static final String OF = RULES.word("of");
    private static final String PROJECT = RULES.word("project");
    private static final String CLAUSE_BREAKS = RULES.word("clause-breaks");
    private static final char BY = RULES.character("by");
    private static final String CLAUSE_OR_COLON_BREAKS = RULES.word("clause-or-colon-breaks");
    private static final String PARTNER_CONJUNCTIONS = RULES.word("partner-conjunctions");
    private static final String UP_TO_LAST_BREAK_REGEX = RULES.word("up-to-last-break-regex");
    private static final String UP_TO_LAST_BREAK_BUT_SEMICOLON_REGEX = RULES.word("up-to-last-break-but-semicolon-regex");


    private static final Pattern COUNT = Pattern.compile(COUNT_REGEX);
    private static final Pattern PERIOD = Pattern.compile(PERIOD_REGEX);

    private static final Set<String> PROJECT_ENDINGS = Set.copyOf(Lexicon.words("project-suffixes.txt"));
    private static final Set<String> NAME_OPENERS = Set.copyOf(Lexicon.words("project-name-openers.txt"));
    private static final List<String> PROJECT_REFERENCES = Lexicon.words("project-references.txt");

    private final WordTable<String> statisticKinds = new WordTable<>(Lexicon.pairs("statistic-kinds.txt"));
    private static final List<String> STATUS_DATE_KEYS = List.of("statusDate", "statusDatePrecision", "statusDateEnd", "statusDateOnOrBefore", "statusDateText");
    private final WordTable<String> statuses = new WordTable<>(Lexicon.pairs("project-status.txt"));
    private final WordTable<Boolean> investmentCues = WordTable.of(Lexicon.words("investment-cues.txt"));
    private static final List<String> ECONOMIC_MEASURES = List.copyOf(Lexicon.words("economic-measures.txt"));
    private final WordTable<Boolean> investmentVerbs = WordTable.of(Lexicon.words("investment-verbs.txt"));
    private final WordTable<Boolean> signingVerbs = WordTable.of(Lexicon.words("signing-verbs.txt"));
    /** A clause whose subject is 公司/该公司/该企业, after a time word (今年公司计划投资…). */
    private static final Pattern COMPANY_SUBJECT = Pattern.compile(COMPANY_SUBJECT_REGEX);
    private static final int MAX_SIGNED_GAP = 2;
    private static final List<String> INVESTOR_CUES = Lexicon.words("investor-cues.txt");
    private static final List<String> SITE_WORDS = Lexicon.words("project-site-words.txt");
    private static final List<String> PROJECT_ANAPHORS = Lexicon.words("project-anaphors.txt");
    private static final List<String> AGREEMENT_WORDS = Lexicon.words("agreement-words.txt");
    private final PassiveInvestors passiveInvestors = new PassiveInvestors();

    /** A project of this article after its investor prefix is split off. */
    private record Named(ProjectMention mention, String name, int nameStart, OrgMention namedAfter) {
    }

    public void read(Entities entities) {
        read(entities, List.of());
    }

    /** As above; an executive named in a sentence (董事长X表示，将投资…建设P) speaks for the company that invests. */
    public void read(Entities entities, List<Official> officials) {
        ArticleMentions article = entities.article();
        String text = article.text();
        List<Named> projects = new ArrayList<>();
        for (ProjectMention mention : article.projects()) {
            Named project = named(article, mention);
            if (project != null) {
                projects.add(project);
            }
        }
        Map<Named, Amount> amounts = pairAmounts(article, projects);
        Set<Amount> used = new HashSet<>(amounts.values());
        Map<Named, String> ids = new LinkedHashMap<>();
        for (Named project : projects) {
            String id = entities.project(project.name(), project.nameStart());
            ids.put(project, id);
            Amount amount = amounts.get(project);
            if (amount != null && entities.graph().property(id, "amountYuan") == null && entities.graph().property(id, "amount") == null) {
                setAmount(entities, id, amount);
            }
            Sentences.Sentence sentence = article.sentences().at(project.mention().start());
            status(text, sentence, project.mention()).ifPresent(s -> datedStatus(entities, id, s, sentence));
            located(entities, project).ifPresent(region -> entities.relate("LOCATED_IN", id, entities.region(region, project.mention().start()), Map.of(), project.mention().start()));
            if (project.namedAfter() != null) {
                invest(entities, entities.organization(project.namedAfter()), id, project.mention().start());
            }
        }
        for (Named project : projects) {
            for (OrgMention investor : investorsBefore(article, project, officials)) {
                invest(entities, entities.organization(investor), ids.get(project), project.mention().start());
            }
            for (OrgMention investor : passiveInvestors.of(article, project.mention())) {
                invest(entities, entities.organization(investor), ids.get(project), project.mention().start());
            }
        }
        investorsNamedAfter(entities, projects, ids);
        investorsSignedWith(entities, projects, ids);
        statistics(entities, used);
    }

    /** The project with its investor prefix split off (华凯集团|腾翔…项目), or null when the mention is no project. */
    private static Named named(ArticleMentions article, ProjectMention mention) {
        for (OrgMention org : article.organizations()) {
            if (mention.hasCompanyBefore() && org.isCompany() && org.start() == mention.companyStart() && org.end() == mention.start()) {
                return new Named(mention, mention.name(), mention.start(), org); // 某某涂料|年产3万吨涂料项目 (find/CompanyPrefix)
            }
        }
        for (OrgMention org : article.organizations()) {
            if (org.isCompany() && org.start() == mention.start() && org.end() < mention.end()) {
                String rest = mention.name().substring(org.end() - mention.start());
                var first = article.words().tokenAt(org.end());
                if (first != null && first.start() == org.end() && first.isLongVerb() && !NAME_OPENERS.contains(first.word())) {
                    return null; // 华谊兄弟进军主题公园: the company and its verb make a clause, not a project's name
                }
                boolean onlyEnding = rest.length() <= 2 || rest.startsWith("(") || rest.startsWith(OPEN_PARENTHESIS);
                if (onlyEnding && !PROJECT_ENDINGS.contains(rest) && !rest.startsWith("(") && !rest.startsWith(OPEN_PARENTHESIS)) {
                    return new Named(mention, mention.name(), mention.start(), null); // 腾讯电竞: a brand's line of business
                }
                return onlyEnding ? new Named(mention, mention.name(), mention.start(), org)
                        : new Named(mention, rest, org.end(), org);
            }
        }
        return new Named(mention, mention.name(), mention.start(), null);
    }

    private void setAmount(Entities entities, String id, Amount amount) {
        if (amount.isYuan()) {
            entities.graph().replace(id, "amountYuan", amount.value());
        } else {
            entities.graph().replace(id, "amount", amount.value());
            entities.graph().replace(id, "currency", amount.currency());
        }
        if (amount.approximate()) {
            entities.graph().replace(id, "approximate", true);
        }
    }

    private void invest(Entities entities, String investor, String project, int at) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("amountYuan", entities.graph().property(project, "amountYuan"));
        entities.relate("INVESTS_IN", investor, project, properties, at);
    }

    // ---- amounts

    private Map<Named, Amount> pairAmounts(ArticleMentions article, List<Named> projects) {
        String text = article.text();
        Map<Named, Amount> paired = new HashMap<>();
        Set<Amount> taken = new HashSet<>();
        Map<Integer, List<Named>> bySentence = new HashMap<>();
        for (Named p : projects) {
            bySentence.computeIfAbsent(article.sentences().at(p.mention().start()).index(), k -> new ArrayList<>()).add(p);
        }
        // 投资X的P / 总投资X、占地Y的P
        for (Named p : projects) {
            for (Amount a : article.amounts()) {
                int lead = p.mention().companyStart(); // 总投资X的|某某涂料|P: the company written before the project is part of the item
                if (a.end() <= lead && lead - a.end() <= 20 && !taken.contains(a)
                        && sameClause(text, a.end(), lead) && text.substring(a.end(), lead).endsWith(OF)
                        && isInvestment(text, a) && noProjectBetween(projects, a.end(), lead)) {
                    paired.put(p, a);
                    taken.add(a);
                    break;
                }
            }
        }
        for (Amount a : article.amounts()) {
            if (taken.contains(a) || !isInvestment(text, a) || isAggregate(text, article.sentences().at(a.start()), a, projects)) {
                continue;
            }
            Sentences.Sentence sentence = article.sentences().at(a.start());
            List<Named> here = bySentence.getOrDefault(sentence.index(), List.of());
            Named before = null;
            Named after = null;
            for (Named p : here) {
                if (paired.containsKey(p)) {
                    continue;
                }
                if (p.mention().end() <= a.start()) {
                    before = p;
                } else if (after == null && p.mention().start() >= a.end()) {
                    after = p;
                }
            }
            Named chosen = before != null ? before : after;
            if (chosen == null && here.isEmpty() && refersToAProject(text, a)) {
                chosen = previousProject(article, projects, sentence, paired);
            }
            if (chosen != null) {
                paired.put(chosen, a);
                taken.add(a);
            }
        }
        return paired;
    }

    /** 项目总投资1.71亿元, 该工程投资概算…: the clause of the amount speaks of a project named before. */
    private static boolean refersToAProject(String text, Amount amount) {
        int from = amount.start();
        while (from > 0 && !Chars.CLAUSE_OR_LINE_END.contains(text.charAt(from - 1))) {
            from--;
        }
        String clause = text.substring(from, amount.start());
        for (String word : PROJECT_REFERENCES) {
            if (clause.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The last project named in the two sentences before, when it still has no amount (项目总投资1.71亿元). */
    private static Named previousProject(ArticleMentions article, List<Named> projects, Sentences.Sentence sentence, Map<Named, Amount> paired) {
        int from = sentence.index() >= 2 ? article.sentences().all().get(sentence.index() - 2).start() : 0;
        Named latest = null;
        for (Named p : projects) {
            if (p.mention().start() >= from && p.mention().end() <= sentence.start() && !paired.containsKey(p)) {
                latest = p;
            }
        }
        return latest;
    }

    private boolean isInvestment(String text, Amount a) {
        int from = Math.max(0, a.start() - 8);
        String before = text.substring(from, a.start());
        for (int end = before.length(); end > 0; end--) {
            if (investmentCues.longestEndingAt(before, end) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameClause(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == Chars.COMMA || c == ',' || c == Chars.SEMICOLON || c == Chars.FULL_STOP) {
                return false;
            }
        }
        return true;
    }

    private static boolean noProjectBetween(List<Named> projects, int from, int to) {
        return projects.stream().noneMatch(p -> p.mention().start() >= from && p.mention().end() <= to);
    }

    /** An amount in a clause that counts projects (项目45个, 20个项目) sums many projects. */
    private static boolean isAggregate(String text, Sentences.Sentence sentence, Amount amount) {
        return isAggregate(text, sentence, amount, List.of());
    }

    /**
     * As above; a project named between the count and the amount (10个项目…，其中“绿色金融”基金项目，这个项目的投资额为…)
     * takes the amount for itself.
     */
    private static boolean isAggregate(String text, Sentences.Sentence sentence, Amount amount, List<Named> projects) {
        String before = text.substring(sentence.start(), amount.start());
        Matcher count = COUNT.matcher(before);
        while (count.find()) {
            String rest = before.substring(count.start());
            if (rest.contains(PROJECT) || count.group(2) != null) {
                int countEnd = sentence.start() + count.end();
                boolean projectBetween = projects.stream().anyMatch(p -> p.mention().start() >= countEnd && p.mention().end() <= amount.start()
                        && !text.substring(countEnd, p.mention().start()).isEmpty() && hasClauseOrColonBreak(text, countEnd, p.mention().start()));
                if (!projectBetween) {
                    return true;
                }
            }
        }
        return false;
    }

    /** As {@link #hasClauseBreak}, a colon too: 签约了5个项目：1.P，总投资X (the list after the colon has its own amounts). */
    private static boolean hasClauseOrColonBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (CLAUSE_OR_COLON_BREAKS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasClauseBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (CLAUSE_BREAKS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    // ---- investors

    /** 由A和B投资建设的P; A…投入4亿元建设P; A拟在Y建立P: companies before an investment verb that precedes P. */
    private List<OrgMention> investorsBefore(ArticleMentions article, Named project, List<Official> officials) {
        String text = article.text();
        Sentences.Sentence sentence = article.sentences().at(project.mention().start());
        int verbAt = -1;
        for (int at = project.mention().start(); at > sentence.start(); at--) {
            WordTable.Hit<Boolean> verb = investmentVerbs.longestEndingAt(text, at);
            if (verb != null) {
                verbAt = verb.start();
                break;
            }
        }
        List<OrgMention> investors = new ArrayList<>();
        if (verbAt < 0) {
            return investors;
        }
        int you = text.lastIndexOf(BY, verbAt);
        for (OrgMention org : article.organizations()) {
            if (!org.isCompany() || org.end() > verbAt || org.start() < sentence.start() || project.namedAfter() == org
                    || otherProjectBetween(article, project, org.end(), verbAt)) {
                continue; // 由A投资建设的P1，…建设包括…配套P2: A's verb has P1 for its object, P2 is a part of P1
            }
            if (you >= sentence.start() && org.start() > you) {
                investors.add(org);
            }
        }
        if (investors.isEmpty()) {
            OrgMention nearest = null;
            for (OrgMention org : article.organizations()) {
                if (org.isCompany() && org.end() <= verbAt && org.start() >= sentence.start() && verbAt - org.end() <= 20
                        && !hasClauseBreak(text, org.end(), verbAt) // A人士承认，…主题公园建设的通知: A is no subject of 建设
                        && !otherProjectBetween(article, project, org.end(), verbAt)
                        && (nearest == null || org.start() > nearest.start())) {
                    nearest = org;
                }
            }
            if (nearest != null) {
                investors.add(nearest);
            }
        }
        int verb0 = verbAt;
        boolean verbInAName = article.organizations().stream().anyMatch(o -> o.start() <= verb0 && o.end() > verb0); // 建设|银行
        if (investors.isEmpty() && project.namedAfter() == null && !verbInAName && !hasClauseBreak(text, verbAt, project.mention().start())) {
            companyReferredTo(article, sentence, verbAt).ifPresent(investors::add);
        }
        if (investors.isEmpty() && project.namedAfter() == null) {
            int verb = verbAt;
            VisitReader.namedIn(text, sentence, officials, true).stream()
                    .filter(o -> o.company() != null && o.nameEnd() <= verb).findFirst()
                    .ifPresent(o -> investors.add(o.company()));
        }
        return investors;
    }

    /**
     * True when a project other than {@code project} is named inside {@code [from, to)} in an earlier clause than
     * {@code to}: the verb at {@code to} then opens a clause about that project (由A投资建设的P1，…建设包括…P2),
     * while 与A签订了P1和建设P2 keeps A the subject of both.
     */
    private static boolean otherProjectBetween(ArticleMentions article, Named project, int from, int to) {
        return article.projects().stream().anyMatch(p -> p.start() != project.mention().start() && p.start() >= from && p.end() <= to
                && hasClauseBreak(article.text(), p.end(), to));
    }

    /**
     * A是…企业，为了…，公司计划总投资X建设P: 公司 or 该公司 opening the clause of the investment verb stands for the
     * last company named in this sentence or the one before.
     */
    private static Optional<OrgMention> companyReferredTo(ArticleMentions article, Sentences.Sentence sentence, int verbAt) {
        String text = article.text();
        int clauseStart = verbAt;
        while (clauseStart > sentence.start() && CLAUSE_OR_COLON_BREAKS.indexOf(text.charAt(clauseStart - 1)) < 0) {
            clauseStart--;
        }
        String clause = text.substring(clauseStart, verbAt);
        if (!COMPANY_SUBJECT.matcher(clause).lookingAt()) {
            return Optional.empty();
        }
        int from = sentence.index() > 0 ? article.sentences().all().get(sentence.index() - 1).start() : 0;
        OrgMention latest = null;
        for (OrgMention org : article.organizations()) {
            if (org.isCompany() && org.start() >= from && org.end() <= clauseStart && (latest == null || org.start() > latest.start())) {
                latest = org;
            }
        }
        return Optional.ofNullable(latest);
    }

    /** 项目投建方是南京雨润集团: the company after 投建方/投资方 invests in the last project named. */
    private void investorsNamedAfter(Entities entities, List<Named> projects, Map<Named, String> ids) {
        ArticleMentions article = entities.article();
        String text = article.text();
        for (String cue : INVESTOR_CUES) {
            for (int i = text.indexOf(cue); i >= 0; i = text.indexOf(cue, i + 1)) {
                int after = i + cue.length();
                Named latest = null;
                for (Named p : projects) {
                    if (p.mention().end() <= i) {
                        latest = p;
                    }
                }
                for (OrgMention org : article.organizations()) {
                    if (org.start() == after && latest != null) {
                        invest(entities, entities.organization(org), ids.get(latest), i);
                    }
                }
            }
        }
    }

    /**
     * 该项目是我市与A银行杭州分行签订的; 与A公司签约P项目: the company a project is signed with right before the
     * signing verb (与/同/和 A 签订) invests in the project named in that sentence, or, when the sentence speaks
     * of 该项目, in the last project named in the two sentences before.
     */
    private void investorsSignedWith(Entities entities, List<Named> projects, Map<Named, String> ids) {
        ArticleMentions article = entities.article();
        String text = article.text();
        for (WordTable.Hit<Boolean> verb : signingVerbs.longestNonOverlapping(text)) {
            OrgMention partner = null;
            for (OrgMention org : article.organizations()) {
                if (org.isCompany() && org.end() == verb.start() && org.start() > 0 && PARTNER_CONJUNCTIONS.indexOf(text.charAt(org.start() - 1)) >= 0) {
                    partner = org;
                }
            }
            if (partner == null) {
                partner = SigningSubjects.companyBefore(article, verb.start()).orElse(null); // A公司与某县签订P
            }
            if (partner == null) {
                continue;
            }
            Sentences.Sentence sentence = article.sentences().at(verb.start());
            int with = partner.start() - 1;
            Named project = null;
            List<Named> agreed = new ArrayList<>();
            for (Named p : projects) {
                // the object of the verb (与A签约P项目) or the subject of the clause (P项目由我市与A签订)
                boolean object = p.mention().start() >= verb.end() && p.mention().start() - verb.end() <= MAX_SIGNED_GAP;
                if (p.namedAfter() == null && p.mention().start() >= verb.end() && namesAnAgreement(text, verb.end(), p)
                        && signingVerbs.all(text.substring(verb.end(), p.mention().start())).isEmpty()) {
                    agreed.add(p); // 与A签订了年产5万吨X生产线的合作框架协议、Y项目意向协议及Z项目意向协议: every item
                }
                boolean subject = p.mention().end() <= with && p.mention().start() >= sentence.start() && !hasClauseBreak(text, p.mention().end(), with);
                if (p.namedAfter() == null && (object || subject)) {
                    project = p;
                }
            }
            String sentenceText = text.substring(sentence.start(), sentence.end());
            if (project == null && agreed.isEmpty() && PROJECT_ANAPHORS.stream().anyMatch(sentenceText::contains)) {
                int from = sentence.index() >= 2 ? article.sentences().all().get(sentence.index() - 2).start() : 0;
                for (Named p : projects) {
                    if (p.mention().start() >= from && p.mention().end() <= sentence.start()) {
                        project = p;
                    }
                }
            }
            if (project == null && agreed.isEmpty()) {
                project = SigningSubjects.projectBuiltAfter(article, projects.stream().map(Named::mention).toList(), verb.end(), investmentVerbs)
                        .flatMap(m -> projects.stream().filter(p -> p.mention() == m && p.namedAfter() == null).findFirst()).orElse(null);
            }
            if (project == null && agreed.isEmpty()) {
                continue;
            }
            if (project != null && !agreed.contains(project)) {
                invest(entities, entities.organization(partner), ids.get(project), verb.start());
            }
            for (Named item : agreed) {
                invest(entities, entities.organization(partner), ids.get(item), verb.start());
            }
        }
    }

    /** True when {@code p} stands in the clause after the verb and an agreement word closes that clause after it. */
    private static boolean namesAnAgreement(String text, int verbEnd, Named p) {
        if (hasClauseBreak(text, verbEnd, p.mention().start())) {
            return false;
        }
        int clauseEnd = p.mention().end();
        while (clauseEnd < text.length() && !Chars.CLAUSE_OR_LINE_END.contains(text.charAt(clauseEnd))) {
            clauseEnd++;
        }
        String rest = text.substring(p.mention().end(), clauseEnd);
        return AGREEMENT_WORDS.stream().anyMatch(rest::contains);
    }

    // ---- place and status

    private Optional<Division> located(Entities entities, Named project) {
        ArticleMentions article = entities.article();
        String text = article.text();
        Sentences.Sentence sentence = article.sentences().at(project.mention().start());
        RegionMention chosen = null;
        for (RegionMention region : article.regions()) {
            if (region.start() >= sentence.start() && region.end() <= project.mention().start()) {
                String before = text.substring(Math.max(sentence.start(), region.start() - 2), region.start());
                if (SITE_WORDS.stream().anyMatch(before::endsWith) || region.end() == project.mention().start()) {
                    chosen = region;
                }
            }
        }
        if (chosen != null) {
            return Optional.of(chosen.division());
        }
        return entities.regions().home();
    }

    /** The status and, when the sentence that states it gives one, its date (statusDate, statusDatePrecision, ...). */
    private static void datedStatus(Entities entities, String id, String status, Sentences.Sentence sentence) {
        entities.graph().replace(id, "status", status);
        Map<String, Object> date = EventDates.statedIn(entities.article().document(), sentence.start(), sentence.end())
                .map(d -> EventDates.properties(d, "status")).orElse(Map.of());
        for (String key : STATUS_DATE_KEYS) {
            entities.graph().replace(id, key, date.get(key));
        }
    }

    private Optional<String> status(String text, Sentences.Sentence sentence, ProjectMention project) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (WordTable.Hit<String> hit : statuses.all(text.substring(sentence.start(), sentence.end()))) {
            int at = sentence.start() + hit.start();
            int distance = at < project.start() ? project.start() - at : at - project.end();
            if (distance >= 0 && distance < bestDistance) {
                best = hit.value();
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    // ---- statistics

    /** The clause before the amount names an economic indicator (生产总值, 财政收入), not money invested. */
    private static boolean measuresTheEconomy(String text, Sentences.Sentence sentence, Amount amount) {
        String clause = text.substring(sentence.start(), amount.start()).replaceAll(UP_TO_LAST_BREAK_REGEX, "");
        return ECONOMIC_MEASURES.stream().anyMatch(clause::contains);
    }

    /** Amounts that sum many projects or name a kind of money (到位资金, 签约金额) become statistics of a region. */
    private void statistics(Entities entities, Set<Amount> used) {
        ArticleMentions article = entities.article();
        String text = article.text();
        for (Amount amount : article.amounts()) {
            if (used.contains(amount)) {
                continue;
            }
            Sentences.Sentence sentence = article.sentences().at(amount.start());
            boolean aggregate = isAggregate(text, sentence, amount);
            String kind = kindBefore(text, sentence, amount);
            if (!aggregate && kind == null) {
                continue;
            }
            if (kind == null && !isInvestment(text, amount)) {
                continue;
            }
            if (measuresTheEconomy(text, sentence, amount)) {
                continue;
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("kind", kind == null ? "INVESTED" : kind);
            if (amount.isYuan()) {
                properties.put("amountYuan", amount.value());
            } else {
                properties.put("amount", amount.value());
                properties.put("currency", amount.currency());
            }
            if (amount.approximate()) {
                properties.put("approximate", true);
            }
            Integer count = countBefore(text, sentence, amount);
            if (count != null) {
                properties.put("count", count);
            }
            String period = period(text, sentence);
            if (period != null) {
                properties.put("period", period);
            }
            String name = text.substring(sentence.start(), amount.end()).replaceAll(UP_TO_LAST_BREAK_BUT_SEMICOLON_REGEX, "");
            properties.put("name", name);
            String id = entities.graph().node("InvestmentStatistic", name, List.of("InvestmentStatistic"), properties, true);
            Optional<Division> region = regionOfSentence(entities, sentence, amount.start());
            region.ifPresent(d -> entities.relate("FOR_REGION", id, entities.region(d, amount.start()), Map.of(), amount.start()));
        }
    }

    private String kindBefore(String text, Sentences.Sentence sentence, Amount amount) {
        String kind = null;
        int from = Math.max(sentence.start(), amount.start() - 24);
        for (WordTable.Hit<String> hit : statisticKinds.all(text.substring(from, amount.start()))) {
            kind = hit.value();
        }
        return kind;
    }

    private static Integer countBefore(String text, Sentences.Sentence sentence, Amount amount) {
        Matcher count = COUNT.matcher(text.substring(sentence.start(), amount.start()));
        Integer last = null;
        while (count.find()) {
            String digits = count.group(1) != null ? count.group(1) : count.group(2);
            try {
                last = Integer.parseInt(digits);
            } catch (NumberFormatException e) {
                last = null;
            }
        }
        return last;
    }

    private static String period(String text, Sentences.Sentence sentence) {
        Matcher m = PERIOD.matcher(text.substring(sentence.start(), sentence.end()));
        while (m.find()) {
            if (m.end() > m.start() && (m.group(2) != null || m.group(3) != null)) {
                return m.group().strip();
            }
        }
        return null;
    }

    private static Optional<Division> regionOfSentence(Entities entities, Sentences.Sentence sentence, int before) {
        RegionMention latest = null;
        for (RegionMention region : entities.article().regions()) {
            if (region.start() >= sentence.start() && region.end() <= before) {
                latest = region;
            }
        }
        return latest != null ? Optional.of(latest.division()) : entities.regions().home();
    }
}
