package playground.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class Utf8Test {
    private static String decoded(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        Utf8.decode(bytes, bytes.length, sb);
        return sb.toString();
    }

    @Nested
    class Encoding {
        @Test
        void writesOneToFourBytesPerCharacterAsTheJdkDoes() {
            for (String s : new String[] {"", "a,b", "é", "深度", "€", "\uD83D\uDE00", "x\uD83D\uDE00y"}) {
                assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), Utf8.encode(s), s);
            }
        }

        @Test
        void writesALoneSurrogateAsAQuestionMarkAsTheJdkDoes() {
            for (String s : new String[] {"\uD83D", "\uDE00", "\uD83Dx", "a\uDE00\uD83D", "\uD83D\uD83D\uDE00"}) {
                assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), Utf8.encode(s), s);
            }
        }

        @Test
        void agreesWithTheJdkOnEveryCharacter() {
            for (int c = 0; c <= 0xFFFF; c++) {
                String s = String.valueOf((char) c);
                assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), Utf8.encode(s), Integer.toHexString(c));
            }
        }
    }

    @Nested
    class Decoding {
        @Test
        void readsWellFormedTextBack() {
            String s = "a é 深度 € \uD83D\uDE00 \u007F\u0080\u07FF\u0800\uFFFF";
            assertEquals(s, decoded(s.getBytes(StandardCharsets.UTF_8)));
        }

        @Test
        void agreesWithTheJdkOnEveryOneAndTwoByteInput() {
            for (int a = 0; a < 256; a++) {
                assertEquals(jdk(new byte[] {(byte) a}), decoded(new byte[] {(byte) a}), hex(a));
                for (int b = 0; b < 256; b++) {
                    byte[] bytes = {(byte) a, (byte) b};
                    assertEquals(jdk(bytes), decoded(bytes), hex(a) + " " + hex(b));
                }
            }
        }

        @Test
        void agreesWithTheJdkOnEveryThreeByteInputThatStartsASequence() {
            for (int a = 0xC0; a < 256; a++) {
                for (int b = 0x70; b < 0xD0; b++) {
                    for (int c = 0x70; c < 0xD0; c++) {
                        byte[] bytes = {(byte) a, (byte) b, (byte) c};
                        assertEquals(jdk(bytes), decoded(bytes), hex(a) + " " + hex(b) + " " + hex(c));
                    }
                }
            }
        }

        @Test
        void agreesWithTheJdkOnRandomBytes() {
            Rng rng = new Rng(20261205);
            for (int trial = 0; trial < 20_000; trial++) {
                byte[] bytes = new byte[1 + (int) (rng.nextDouble() * 12)];
                for (int i = 0; i < bytes.length; i++) {
                    // Mostly high bytes, where the malformed cases are.
                    bytes[i] = (byte) (rng.nextDouble() < 0.8 ? 0x80 + (int) (rng.nextDouble() * 128)
                            : (int) (rng.nextDouble() * 128));
                }
                assertEquals(jdk(bytes), decoded(bytes), Arrays.toString(bytes));
            }
        }

        @Test
        void readsOnlyTheGivenLength() {
            StringBuilder sb = new StringBuilder(">");
            Utf8.decode(new byte[] {'a', (byte) 0xC3, (byte) 0xA9, 'z'}, 3, sb);
            assertEquals(">aé", sb.toString());
        }

        private String jdk(byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        private String hex(int b) {
            return Integer.toHexString(b);
        }
    }
}
