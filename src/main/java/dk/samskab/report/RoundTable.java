package dk.samskab.report;

import static dk.samskab.report.Html.num;

import dk.samskab.report.model.Items;
import java.util.ArrayList;
import java.util.List;

/**
 * The article's round table (section MEDARBEJDERENS ROLLE I SAMSKABELSESPROCESSER) laid out for its template
 * ({@code table.jte}): the partners' seats around the table and the employee at the place the rules gave — at the
 * head (a larger seat at the table's end), at the table steering (an arrow to the goal in the middle), at the table
 * with no head (one seat among equals), or standing beside the table. Every number is already text.
 */
public record RoundTable(
        String id,
        String place,
        String title,
        String seat,
        List<String[]> partners,
        boolean head,
        boolean steering,
        boolean beside,
        String[] employee) {

    static final double CX = 150;
    static final double CY = 125;
    static final double TABLE = 60;
    static final double RING = 88;
    private static final double SEAT = 11;
    private static final int SEATS = 8;

    /** The table of a report: the employee at {@code table.place()}, {@code seat} the word on the employee's seat. */
    public static RoundTable of(String id, Items.Table table, String seat) {
        String place = table.place();
        return switch (place) {
            case "at-the-head" ->
                new RoundTable(
                        id,
                        place,
                        table.title(),
                        seat,
                        partners(6),
                        true,
                        false,
                        false,
                        employee(-90, RING + 4, SEAT + 4));
            case "at-the-table-steering" ->
                new RoundTable(
                        id, place, table.title(), seat, partners(4), false, true, false, employee(180, RING, SEAT));
            case "at-the-table-no-head" ->
                new RoundTable(
                        id, place, table.title(), seat, partners(4), false, false, false, employee(180, RING, SEAT));
            case "beside-the-table" ->
                new RoundTable(
                        id,
                        place,
                        table.title(),
                        seat,
                        partners(-1),
                        false,
                        false,
                        true,
                        at(CX + RING + 58, CY, SEAT + 2));
            default -> throw new IllegalArgumentException("unknown place at the round table: " + place);
        };
    }

    /** The partners' seats, every 45° from the right; {@code skip} is the seat the employee takes (−1: none). */
    private static List<String[]> partners(int skip) {
        List<String[]> seats = new ArrayList<>();
        for (int seat = 0; seat < SEATS; seat++) {
            if (seat != skip) {
                double[] at = point(seat * 360.0 / SEATS, RING);
                seats.add(new String[] {num(at[0]), num(at[1]), num(SEAT)});
            }
        }
        return seats;
    }

    private static String[] employee(double degrees, double ring, double size) {
        double[] at = point(degrees, ring);
        return at(at[0], at[1], size);
    }

    /** The employee's seat: x, y, radius and where its label goes (above a seat at the top, else below). */
    private static String[] at(double x, double y, double size) {
        return new String[] {num(x), num(y), num(size), num(y < CY - TABLE ? y - size - 6 : y + size + 14)};
    }

    /** A point on a circle round the table's centre; 0° is to the right, −90° at the top (screen coordinates). */
    private static double[] point(double degrees, double ring) {
        double radians = Math.toRadians(degrees);
        return new double[] {CX + ring * Math.cos(radians), CY + ring * Math.sin(radians)};
    }

    public String cx() {
        return num(CX);
    }

    public String cy() {
        return num(CY);
    }

    public String table() {
        return num(TABLE);
    }

    /** The head of the table, the steering arrow and the line beside it: fixed shapes, as text. */
    public String headX() {
        return num(CX - 26);
    }

    public String headY() {
        return num(CY - TABLE - 4);
    }

    public String[] steer() {
        double[] from = point(180, RING - SEAT - 4);
        return new String[] {num(from[0]), num(from[1]), num(CX - 22), num(CY)};
    }

    public String steerHead() {
        return num(CX - 16) + "," + num(CY) + " " + num(CX - 26) + "," + num(CY - 6) + " " + num(CX - 26) + ","
                + num(CY + 6);
    }

    public String besideX() {
        return num(CX + RING + 26);
    }

    public String besideTop() {
        return num(CY - 50);
    }

    public String besideBottom() {
        return num(CY + 50);
    }
}
