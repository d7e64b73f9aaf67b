package com.zhengqi.graph.find;

import com.zhengqi.graph.model.Document;
import com.zhengqi.graph.resolve.RegionMention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The find stage's layers of one document as the relate stage reads them: its words, sentences, places,
 * organisations (list companies merged in), sums of money and projects (facilities merged in), each with offsets
 * into {@link #text()}. A view: the text and the mentions live in the {@link Document}.
 */
public final class ArticleMentions {

    private final Document document;
    private final List<OrgMention> organizations;
    private final List<ProjectMention> projects;

    public ArticleMentions(Document document) {
        this.document = document;
        this.organizations = organizations(document);
        List<ProjectMention> all = new ArrayList<>(document.get(FindLayers.PROJECTS));
        all.addAll(document.get(FindLayers.FACILITIES));
        all.sort(Comparator.comparingInt(ProjectMention::start));
        this.projects = List.copyOf(all);
    }

    /** The organisations and the list companies, by start, the longer first at one start. */
    static List<OrgMention> organizations(Document document) {
        List<OrgMention> all = new ArrayList<>(document.get(FindLayers.ORGANIZATIONS));
        all.addAll(document.get(FindLayers.LIST_COMPANIES));
        all.sort(Comparator.comparingInt(OrgMention::start).thenComparingInt(m -> -m.end()));
        return List.copyOf(all);
    }

    public Document document() {
        return document;
    }

    public String text() {
        return document.text();
    }

    public Segmentation words() {
        return document.get(FindLayers.TOKENS);
    }

    public Sentences sentences() {
        return document.get(FindLayers.SENTENCES);
    }

    public List<RegionMention> regions() {
        return document.get(FindLayers.REGIONS);
    }

    public List<OrgMention> organizations() {
        return organizations;
    }

    public List<Amount> amounts() {
        return document.get(FindLayers.AMOUNTS);
    }

    public List<ProjectMention> projects() {
        return projects;
    }
}
