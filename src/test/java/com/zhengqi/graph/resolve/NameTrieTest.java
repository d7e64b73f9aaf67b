package com.zhengqi.graph.resolve;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class NameTrieTest {

    private static List<String> scan(NameTrie<String> trie, String text) {
        List<String> found = new ArrayList<>();
        trie.scan(text, (start, end, value) -> found.add(start + "-" + end + ":" + value));
        return found;
    }

    @Test
    void reportsEveryOccurrenceIncludingNestedAndOverlappingNames() {
        NameTrie<String> trie = new NameTrie<>();
        trie.put("安阳", "city");
        trie.put("安阳市", "city in full");
        trie.put("阳市", "other");
        assertThat(scan(trie, "去安阳市")).containsExactly("1-3:city", "1-4:city in full", "2-4:other");
        assertThat(scan(trie, "安")).isEmpty();
        assertThat(scan(trie, "")).isEmpty();
    }

    @Test
    void laterValueReplacesEarlierForTheSameName() {
        NameTrie<String> trie = new NameTrie<>();
        trie.put("和平", "place");
        trie.put("和平", "stop");
        assertThat(scan(trie, "和平")).containsExactly("0-2:stop");
    }

    @Test
    void agreesWithABruteForceSearchOverManyRandomNames() {
        Random random = new Random(20_240_601);
        String alphabet = "东西南北中安阳市县区镇乡江河山";
        Map<String, String> names = new HashMap<>();
        NameTrie<String> trie = new NameTrie<>();
        for (int i = 0; i < 5_000; i++) {
            StringBuilder name = new StringBuilder();
            for (int k = 1 + random.nextInt(5); k > 0; k--) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            names.put(name.toString(), "v" + i);
            trie.put(name.toString(), "v" + i);
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        List<String> expected = new ArrayList<>();
        for (int start = 0; start < text.length(); start++) {
            for (int end = start + 1; end <= text.length(); end++) {
                String value = names.get(text.substring(start, end));
                if (value != null) {
                    expected.add(start + "-" + end + ":" + value);
                }
            }
        }
        assertThat(scan(trie, text.toString())).containsExactlyElementsOf(expected);
    }
}
