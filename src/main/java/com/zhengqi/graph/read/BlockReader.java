package com.zhengqi.graph.read;

import com.zhengqi.graph.model.ArticleText.Credit;
import com.zhengqi.graph.model.ArticleText.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides what each joined paragraph is: a headline, a body paragraph, a paragraph opened by a
 * dateline, a photo caption, or one of the non-text lines passed through; and strips from the text
 * the credits that were read (datelines, closing credits, "(完)"), so that article text holds only
 * what the article says.
 */
final class BlockReader {

    private final BylineParser bylines;
    private final StraySpaces spaces;

    BlockReader(BylineParser bylines, StraySpaces spaces) {
        this.bylines = bylines;
        this.spaces = spaces;
    }

    List<Block> read(List<LineJoiner.JoinedLine> paragraphs) {
        List<Block> blocks = new ArrayList<>();
        boolean breakPending = false;
        for (LineJoiner.JoinedLine paragraph : paragraphs) {
            PageLine first = paragraph.first();
            boolean hardBreak = first.afterHardBreak() || breakPending;
            breakPending = false;
            switch (first.kind()) {
                case TEXT -> readText(paragraph.text(), hardBreak, blocks);
                case LIST_ITEM -> blocks.add(Block.of(Block.Kind.BODY, spaces.inParagraph(paragraph.text()), hardBreak));
                case LABEL -> blocks.add(Block.of(Block.Kind.LABEL, paragraph.text(), hardBreak));
                case BYLINE -> blocks.add(new Block(Block.Kind.BYLINE, "", hardBreak, first.credits()));
                case PHOTO_CREDIT -> blocks.add(new Block(Block.Kind.PHOTO_CREDIT, "", hardBreak, first.credits()));
                case CLOSING_CREDIT -> blocks.add(new Block(Block.Kind.CLOSING_CREDIT, "", hardBreak, first.credits()));
                case EDITORS -> blocks.add(new Block(Block.Kind.EDITORS, "", hardBreak, first.credits()));
                case BRIEF -> blocks.add(new Block(Block.Kind.BRIEF, spaces.inHeading(paragraph.text()), hardBreak, List.of(),
                        first.metadata().publishedOn().orElse(null)));
                case METADATA -> {
                    if (!first.credits().isEmpty()) {
                        blocks.add(new Block(Block.Kind.CLOSING_CREDIT, "", hardBreak, first.credits()));
                    }
                    breakPending = true;
                }
            }
        }
        return blocks;
    }

    private void readText(String text, boolean hardBreak, List<Block> blocks) {
        Optional<BylineParser.Dateline> dateline = bylines.dateline(text);
        String rest = BylineParser.withoutEndMark(dateline.map(BylineParser.Dateline::body).orElse(text));
        Optional<BylineParser.Closing> closing = bylines.closingCredit(rest);
        if (closing.isPresent()) {
            rest = BylineParser.withoutEndMark(closing.get().rest());
        }
        List<Credit> closingCredits = closing.map(BylineParser.Closing::credits).orElse(List.of());
        boolean photo = !closingCredits.isEmpty() && closingCredits.stream().allMatch(c -> c.role() == Role.PHOTOGRAPHER);
        if (dateline.isPresent()) {
            blocks.add(new Block(Block.Kind.DATELINE, spaces.inParagraph(rest), hardBreak, dateline.get().credits()));
        } else if (photo) {
            blocks.add(new Block(Block.Kind.CAPTION, spaces.inParagraph(rest), hardBreak, closingCredits));
            return;
        } else if (!rest.isEmpty()) {
            boolean heading = LineJoiner.looksLikeHeading(rest);
            blocks.add(Block.of(heading ? Block.Kind.HEADING : Block.Kind.BODY,
                    heading ? spaces.inHeading(rest) : spaces.inParagraph(rest), hardBreak));
        }
        if (!closingCredits.isEmpty()) {
            blocks.add(new Block(Block.Kind.CLOSING_CREDIT, "", false, closingCredits));
        }
    }
}
