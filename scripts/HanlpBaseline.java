import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The benchmark's yardstick: HanLP's own person, place and organisation recognition over every file of a folder. */
public class HanlpBaseline {
    public static void main(String[] args) throws Exception {
        Segment segment = HanLP.newSegment().enableNameRecognize(true).enablePlaceRecognize(true).enableOrganizationRecognize(true);
        long terms = 0;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            for (String line : Files.readString(file, StandardCharsets.UTF_8).split("\n")) {
                if (!line.isEmpty()) {
                    terms += segment.seg(line).size();
                }
            }
        }
        System.out.println(terms);
    }
}
