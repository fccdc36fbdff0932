/** The floor of whole-process figures: a trivial Java main, compiled alone by bench/run.sh into bench/target/floor. */
public class Hello {
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
