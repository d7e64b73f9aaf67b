package com.zhengqi.graph.read.source;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** PDFs made on the fly for the reader tests, so no third-party PDF is stored in the repository. */
final class TestPdfs {

    private TestPdfs() {
    }

    /** A one-page PDF of Latin text lines in Helvetica, with a title in its information dictionary. */
    static byte[] latin(String title, String... lines) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(50, 700);
                for (String line : lines) {
                    content.showText(line);
                    content.newLineAtOffset(0, -16);
                }
                content.endText();
            }
            pdf.getDocumentInformation().setTitle(title);
            return bytes(pdf);
        }
    }

    /**
     * A one-page PDF of Chinese text that needs no embedded font: Adobe's predefined STSong-Light
     * with the UniGB-UCS2-H CMap, which every PDF reader (and PDFBox's text extraction) knows.
     */
    static byte[] chinese(String... lines) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            PDResources resources = new PDResources();
            COSDictionary fonts = new COSDictionary();
            fonts.setItem(COSName.getPDFName("F1"), songFont());
            resources.getCOSObject().setItem(COSName.FONT, fonts);
            page.setResources(resources);
            StringBuilder operators = new StringBuilder("BT /F1 12 Tf 50 700 Td 16 TL\n");
            for (String line : lines) {
                operators.append('<').append(HexFormat.of().formatHex(line.getBytes(StandardCharsets.UTF_16BE))).append("> Tj T*\n");
            }
            operators.append("ET\n");
            PDStream stream = new PDStream(pdf);
            try (OutputStream out = stream.createOutputStream()) {
                out.write(operators.toString().getBytes(StandardCharsets.US_ASCII));
            }
            page.setContents(stream);
            return bytes(pdf);
        }
    }

    /** A PDF page that only draws a rectangle: what a scanned page looks like to a text extractor. */
    static byte[] withoutText() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.addRect(50, 50, 200, 200);
                content.fill();
            }
            return bytes(pdf);
        }
    }

    private static COSDictionary songFont() {
        COSDictionary systemInfo = new COSDictionary();
        systemInfo.setItem(COSName.REGISTRY, new COSString("Adobe"));
        systemInfo.setItem(COSName.ORDERING, new COSString("GB1"));
        systemInfo.setItem(COSName.SUPPLEMENT, COSInteger.get(2));
        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, "STSong-Light");
        descriptor.setInt(COSName.FLAGS, 6);
        COSArray box = new COSArray();
        for (int v : new int[]{-25, -254, 1000, 880}) {
            box.add(COSInteger.get(v));
        }
        descriptor.setItem(COSName.FONT_BBOX, box);
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.ASCENT, 880);
        descriptor.setInt(COSName.DESCENT, -120);
        descriptor.setInt(COSName.CAP_HEIGHT, 880);
        descriptor.setInt(COSName.STEM_V, 93);
        COSDictionary cidFont = new COSDictionary();
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
        cidFont.setName(COSName.BASE_FONT, "STSong-Light");
        cidFont.setItem(COSName.CIDSYSTEMINFO, systemInfo);
        cidFont.setItem(COSName.FONT_DESC, descriptor);
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE0);
        font.setName(COSName.BASE_FONT, "STSong-Light-UniGB-UCS2-H");
        font.setName(COSName.ENCODING, "UniGB-UCS2-H");
        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        font.setItem(COSName.DESCENDANT_FONTS, descendants);
        return font;
    }

    private static byte[] bytes(PDDocument pdf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.save(out);
        return out.toByteArray();
    }
}
