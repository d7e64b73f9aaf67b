package com.zhengqi.graph.read;

import com.zhengqi.graph.lexicon.Chars;
import com.zhengqi.graph.model.ArticleText;
import com.zhengqi.graph.model.ArticleText.Credit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Groups the blocks of a page into articles. An article starts at a byline or a dateline; the run of
 * headings just before it is its headline group (labels among them are dropped). Body paragraphs go to
 * the article being read; headings between body paragraphs are its subheadings. Text before the first
 * byline is an article of its own (a page holding one web article has no byline at all). A photo
 * caption that stands apart (after a hard break or a non-text line) is an article of its own when it
 * says enough; otherwise its credit goes to the article around it. Page editors are credited on every
 * article. Fragments saying too little (fewer than {@value #LEAST_FACT_HAN} Han characters of body and
 * no finished sentence after a byline) are dropped and their credits go to the article before. A brief of a news list
 * (a headline with its date) is an article of its own however short, dated by its own date.
 */
final class ArticleAssembler {

    static final int LEAST_FACT_HAN = 20;

    /** What the page says of all its articles. */
    record PageFacts(String publishedOn, String newspaper) {
    }

    List<ArticleText> assemble(List<Block> rawBlocks, PageFacts page) {
        List<Block> blocks = attachPhotoCredits(rawBlocks);
        List<Draft> drafts = new ArrayList<>();
        Set<Credit> pageCredits = new LinkedHashSet<>();
        Set<Credit> unplaced = new LinkedHashSet<>();
        List<Block> pending = new ArrayList<>();
        Draft current = null;
        for (Block block : blocks) {
            switch (block.kind()) {
                case HEADING, LABEL -> pending.add(block);
                case BYLINE, DATELINE -> {
                    current = start(drafts, pending, true);
                    current.credits.addAll(block.credits());
                    if (!block.text().isEmpty()) {
                        current.body.add(block.text());
                    }
                }
                case BODY -> {
                    if (current == null) {
                        current = start(drafts, pending, false);
                    } else {
                        for (Block heading : pending) {
                            if (heading.kind() == Block.Kind.HEADING) {
                                current.body.add(heading.text());
                            }
                        }
                        pending.clear();
                    }
                    current.body.add(block.text());
                }
                case CAPTION -> placeCaption(block, drafts, current, unplaced);
                case PHOTO_CREDIT, CLOSING_CREDIT -> (current == null ? unplaced : current.credits).addAll(block.credits());
                case EDITORS -> pageCredits.addAll(block.credits());
                case BRIEF -> {
                    pending.clear();
                    current = new Draft(List.of(block.text()), true);
                    current.publishedOn = block.publishedOn();
                    drafts.add(current);
                }
            }
        }
        if (drafts.isEmpty() && !pending.isEmpty()) {
            start(drafts, pending, false);
        } else if (current != null) {
            // a page cut off mid-sentence ends on running text that looks short like a headline: no article follows it
            for (Block heading : pending) {
                if (heading.kind() == Block.Kind.HEADING && Chars.hasClauseMark(heading.text())) {
                    current.body.add(heading.text());
                }
            }
        }
        return finish(drafts, unplaced, pageCredits, page);
    }

    /**
     * A photo credit on its own line belongs to the caption just before it. A caption "stands apart"
     * (is marked as after a hard break) when a hard break or a non-text block precedes it.
     */
    private static List<Block> attachPhotoCredits(List<Block> blocks) {
        List<Block> merged = mergePhotoCredits(blocks);
        List<Block> out = new ArrayList<>(merged.size());
        for (int i = 0; i < merged.size(); i++) {
            Block block = merged.get(i);
            boolean apart = block.kind() == Block.Kind.CAPTION && !block.afterHardBreak() && standsApart(merged, i);
            out.add(apart ? new Block(Block.Kind.CAPTION, block.text(), true, block.credits()) : block);
        }
        return out;
    }

    private static List<Block> mergePhotoCredits(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block block : blocks) {
            Block previous = out.isEmpty() ? null : out.getLast();
            if (block.kind() == Block.Kind.PHOTO_CREDIT && previous != null && previous.kind() == Block.Kind.CAPTION) {
                out.set(out.size() - 1, previous.withKind(Block.Kind.CAPTION, union(previous.credits(), block.credits())));
            } else if (block.kind() == Block.Kind.PHOTO_CREDIT && previous != null && previous.kind() == Block.Kind.BODY
                    && standsApart(out, out.size() - 1)) {
                out.set(out.size() - 1, previous.withKind(Block.Kind.CAPTION, block.credits()));
            } else {
                out.add(block);
            }
        }
        return out;
    }

    private static boolean standsApart(List<Block> blocks, int index) {
        if (index == 0 || blocks.get(index).afterHardBreak()) {
            return true;
        }
        Block.Kind before = blocks.get(index - 1).kind();
        return before != Block.Kind.BODY && before != Block.Kind.HEADING && before != Block.Kind.DATELINE && before != Block.Kind.LABEL;
    }

    private static void placeCaption(Block caption, List<Draft> drafts, Draft current, Set<Credit> unplaced) {
        boolean apart = caption.afterHardBreak() || current == null;
        if (apart && Chars.hanCount(caption.text()) >= LEAST_FACT_HAN) {
            Draft photo = new Draft(List.of(), false);
            photo.body.add(caption.text());
            photo.credits.addAll(caption.credits());
            drafts.add(photo);
            return;
        }
        if (current == null) {
            unplaced.addAll(caption.credits());
            return;
        }
        if (!apart && !caption.text().isEmpty()) {
            current.body.add(caption.text());
        }
        current.credits.addAll(caption.credits());
    }

    private static Draft start(List<Draft> drafts, List<Block> pending, boolean byMarker) {
        List<String> headings = pending.stream().filter(b -> b.kind() == Block.Kind.HEADING).map(Block::text).toList();
        pending.clear();
        Draft draft = new Draft(headings, byMarker);
        drafts.add(draft);
        return draft;
    }

    private static List<ArticleText> finish(List<Draft> drafts, Set<Credit> unplaced, Set<Credit> pageCredits, PageFacts page) {
        List<Draft> kept = new ArrayList<>();
        Set<Credit> carried = new LinkedHashSet<>(unplaced);
        for (Draft draft : drafts) {
            if (draft.saysEnough()) {
                draft.credits.addAll(carried);
                carried.clear();
                kept.add(draft);
            } else if (kept.isEmpty()) {
                carried.addAll(draft.credits);
            } else {
                kept.getLast().credits.addAll(draft.credits);
            }
        }
        if (kept.isEmpty()) {
            drafts.stream().filter(Draft::hasText).findFirst().ifPresent(kept::add);
        }
        if (!kept.isEmpty()) {
            kept.getFirst().credits.addAll(carried);
        }
        return kept.stream().map(d -> d.toArticle(pageCredits, page)).toList();
    }

    private static List<Credit> union(Collection<Credit> a, Collection<Credit> b) {
        Set<Credit> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /** An article being gathered. */
    private static final class Draft {
        final List<String> headings;
        final boolean startedByMarker;
        final List<String> body = new ArrayList<>();
        final Set<Credit> credits = new LinkedHashSet<>();
        /** The article's own date (a brief's), else null for the page's. */
        String publishedOn;

        Draft(List<String> headings, boolean startedByMarker) {
            this.headings = headings;
            this.startedByMarker = startedByMarker;
        }

        boolean saysEnough() {
            if (publishedOn != null) {
                return true;
            }
            int han = body.stream().mapToInt(Chars::hanCount).sum();
            return han >= LEAST_FACT_HAN || startedByMarker && body.stream().anyMatch(Chars::endsSentence);
        }

        boolean hasText() {
            return !headings.isEmpty() || !body.isEmpty();
        }

        ArticleText toArticle(Set<Credit> pageCredits, PageFacts page) {
            List<String> paragraphs = new ArrayList<>(headings);
            paragraphs.addAll(body);
            List<Credit> all = union(credits, pageCredits);
            String date = publishedOn != null ? publishedOn : page.publishedOn();
            return new ArticleText(Titles.title(headings, body), String.join("\n", paragraphs), date, page.newspaper(), all);
        }
    }
}
