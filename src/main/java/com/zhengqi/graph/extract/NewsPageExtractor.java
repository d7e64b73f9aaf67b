package com.zhengqi.graph.extract;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import com.zhengqi.graph.model.ArticleGraph;
import com.zhengqi.graph.model.FileGraph;
import com.zhengqi.graph.model.GraphNode;
import com.zhengqi.graph.model.GraphRelationship;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Walking-skeleton extractor: the whole page is one article and every person HanLP recognises is
 * mentioned by it. The real engine (page splitting, officials, organisations, projects, ...)
 * replaces the body of this class.
 */
public final class NewsPageExtractor implements PageExtractor {

    private final Segment segment = HanLP.newSegment().enableNameRecognize(true).enableOffset(true);

    @Override
    public FileGraph extract(String source, String rawText) {
        String text = rawText.strip();
        if (text.isEmpty()) {
            return new FileGraph(source, List.of());
        }
        String articleId = ArticleIds.of(text);
        String title = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        Map<String, GraphNode> people = new LinkedHashMap<>();
        List<GraphRelationship> relationships = new ArrayList<>();
        for (Term term : segment.seg(text)) {
            if (term.nature != null && term.nature.startsWith("nr") && term.word.length() >= 2 && !people.containsKey(term.word)) {
                GraphNode person = new GraphNode("n" + (people.size() + 1), List.of("Person"), Map.of("name", term.word));
                people.put(term.word, person);
                relationships.add(new GraphRelationship("MENTIONS", "a", person.id(), Map.of(
                        "articleId", articleId, "evidence", sentenceAround(text, term.offset),
                        "start", term.offset, "end", term.offset + term.word.length())));
            }
        }
        List<GraphNode> nodes = new ArrayList<>();
        nodes.add(new GraphNode("a", List.of("Article"), Map.of("id", articleId, "title", title, "source", source)));
        nodes.addAll(people.values());
        return new FileGraph(source, List.of(new ArticleGraph(articleId, title, source, null, null, text, nodes, relationships)));
    }

    private static String sentenceAround(String text, int offset) {
        int from = offset;
        while (from > 0 && "。！？\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = offset;
        while (to < text.length() && "。！？\n".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return text.substring(from, Math.min(text.length(), to + 1)).strip();
    }
}
