package com.zhengqi.graph.find;

import com.zhengqi.graph.lexicon.Chars;
import com.zhengqi.graph.lexicon.Terms;
import com.zhengqi.graph.resolve.RegionMention;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the companies among the bare items of a list of projects ("A、B、C等7个项目"): when one item is a known
 * company (or opens with one), the items written like it, a short name with no project ending, no generic word,
 * no number and no place, are projects named after their companies, so each is a company too
 * (三井化工、远航精密、东方电气新厂等项目 with 东方电气 known → 三井化工, 远航精密). A list with no company in it
 * (口袋公园、城市书房等项目) gives nothing: its items are things, not firms.
 */
final class ProjectListCompanies {

    private static final Terms RULES = Terms.load("rules/project-list-companies.txt");
    private static final char ETC = RULES.character("etc");

    private static final int MIN_LENGTH = 3;
    private static final int MAX_LENGTH = 8;

    private final ProjectFinder projectWords;

    public ProjectListCompanies(ProjectFinder projectWords) {
        this.projectWords = projectWords;
    }

    public List<OrgMention> find(String text, List<RegionMention> regions, List<OrgMention> organizations, List<ProjectMention> projects) {
        List<OrgMention> found = new ArrayList<>();
        for (ProjectMention project : projects) {
            if (project.hasCompanyBefore() && !companyAt(organizations, project.companyStart())) {
                found.add(new OrgMention(project.companyStart(), project.start(), text.substring(project.companyStart(), project.start()),
                        "COMPANY", project.companyStart(), false)); // 苏州某某涂料|X项目 (see CompanyPrefix)
            }
        }
        for (List<ProjectMention> list : lists(text, projects)) {
            boolean hasCompany = list.stream().anyMatch(item -> companyAt(organizations, item.start()));
            if (!hasCompany) {
                continue;
            }
            for (ProjectMention item : list) {
                if (!companyAt(organizations, item.start()) && isBare(text, item, regions)) {
                    found.add(new OrgMention(item.start(), item.end(), item.name(), "COMPANY", item.start(), false));
                }
            }
        }
        return found;
    }

    /** Runs of two or more project mentions separated by 、 and closed by 等. */
    private static List<List<ProjectMention>> lists(String text, List<ProjectMention> projects) {
        List<ProjectMention> sorted = new ArrayList<>(projects);
        sorted.sort(java.util.Comparator.comparingInt(ProjectMention::start));
        List<List<ProjectMention>> lists = new ArrayList<>();
        List<ProjectMention> run = new ArrayList<>();
        for (ProjectMention p : sorted) {
            ProjectMention last = run.isEmpty() ? null : run.getLast();
            if (last != null && !(p.start() == last.end() + 1 && text.charAt(last.end()) == Chars.ENUMERATION_COMMA)) {
                close(text, run, lists);
                run = new ArrayList<>();
            }
            run.add(p);
        }
        close(text, run, lists);
        return lists;
    }

    private static void close(String text, List<ProjectMention> run, List<List<ProjectMention>> lists) {
        if (run.size() >= 2 && run.getLast().end() < text.length() && text.charAt(run.getLast().end()) == ETC) {
            lists.add(run);
        }
    }

    private static boolean companyAt(List<OrgMention> organizations, int start) {
        return organizations.stream().anyMatch(o -> o.isCompany() && o.start() == start);
    }

    /** A short all-Chinese name with no project ending, no generic word and no place: the way a firm is written. */
    private boolean isBare(String text, ProjectMention item, List<RegionMention> regions) {
        int length = item.end() - item.start();
        if (length < MIN_LENGTH || length > MAX_LENGTH || !item.name().chars().allMatch(c -> OrganizationFinder.isCjkLetter((char) c))) {
            return false;
        }
        if (regions.stream().anyMatch(r -> r.start() < item.end() && r.end() > item.start())) {
            return false;
        }
        return !projectWords.hasProjectOrGenericWord(text.substring(item.start(), item.end()));
    }
}
