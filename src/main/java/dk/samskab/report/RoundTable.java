package dk.samskab.report;

import static dk.samskab.report.Html.num;
import static dk.samskab.report.Html.text;

/**
 * The article's round table as inline SVG (section MEDARBEJDERENS ROLLE I SAMSKABELSESPROCESSER): the partners'
 * seats around the table and the employee at the place the rules gave: at the head (a larger seat at the table's
 * end), at the table steering (an arrow to the goal in the middle), at the table with no head (one seat among
 * equals), or standing beside the table. The place code is the one {@code RoleView.place()} carries.
 */
public final class RoundTable {

    static final double CX = 150;
    static final double CY = 125;
    static final double TABLE = 60;
    static final double RING = 88;
    private static final double SEAT = 11;
    private static final int SEATS = 8;

    private final String seatLabel;

    private RoundTable(String seatLabel) {
        this.seatLabel = seatLabel;
    }

    /** The table of a report: the employee at {@code table.place()}, {@code seat} the word on the employee's seat. */
    public static String svg(String id, dk.samskab.report.model.Items.Table table, String seat) {
        return new RoundTable(seat).render(id, table.place(), table.title());
    }

    /** The table with the employee at {@code place}; {@code id} names the {@code svg}. */
    private String render(String id, String place, String title) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"round-table\" id=\"")
                .append(text(id))
                .append("\" data-place=\"")
                .append(text(place))
                .append("\" viewBox=\"0 0 350 250\" role=\"img\" aria-labelledby=\"")
                .append(text(id))
                .append("-title\">\n<title id=\"")
                .append(text(id))
                .append("-title\">")
                .append(text(title))
                .append("</title>\n");
        svg.append("<circle class=\"table-top\" cx=\"")
                .append(num(CX))
                .append("\" cy=\"")
                .append(num(CY))
                .append("\" r=\"")
                .append(num(TABLE))
                .append("\"/>\n");
        switch (place) {
            case "at-the-head" -> {
                svg.append("<rect class=\"table-head\" x=\"")
                        .append(num(CX - 26))
                        .append("\" y=\"")
                        .append(num(CY - TABLE - 4))
                        .append("\" width=\"52\" height=\"8\" rx=\"3\"/>\n");
                partners(svg, 6);
                employee(svg, place, -90, RING + 4, SEAT + 4);
            }
            case "at-the-table-steering" -> {
                goal(svg);
                partners(svg, 4);
                employee(svg, place, 180, RING, SEAT);
                double[] from = at(180, RING - SEAT - 4);
                svg.append("<line class=\"steer\" x1=\"")
                        .append(num(from[0]))
                        .append("\" y1=\"")
                        .append(num(from[1]))
                        .append("\" x2=\"")
                        .append(num(CX - 22))
                        .append("\" y2=\"")
                        .append(num(CY))
                        .append("\"/>\n<polygon class=\"steer-head\" points=\"")
                        .append(num(CX - 16))
                        .append(',')
                        .append(num(CY))
                        .append(' ')
                        .append(num(CX - 26))
                        .append(',')
                        .append(num(CY - 6))
                        .append(' ')
                        .append(num(CX - 26))
                        .append(',')
                        .append(num(CY + 6))
                        .append("\"/>\n");
            }
            case "at-the-table-no-head" -> {
                partners(svg, 4);
                employee(svg, place, 180, RING, SEAT);
            }
            case "beside-the-table" -> {
                partners(svg, -1);
                svg.append("<line class=\"beside\" x1=\"")
                        .append(num(CX + RING + 26))
                        .append("\" y1=\"")
                        .append(num(CY - 50))
                        .append("\" x2=\"")
                        .append(num(CX + RING + 26))
                        .append("\" y2=\"")
                        .append(num(CY + 50))
                        .append("\"/>\n");
                employeeAt(svg, place, CX + RING + 58, CY, SEAT + 2);
            }
            default -> throw new IllegalArgumentException("unknown place at the round table: " + place);
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /** The partners' seats, every 45° from the right; {@code skip} is the seat the employee takes (−1: none). */
    private static void partners(StringBuilder svg, int skip) {
        for (int seat = 0; seat < SEATS; seat++) {
            if (seat == skip) {
                continue;
            }
            double[] at = at(seat * 360.0 / SEATS, RING);
            svg.append("<circle class=\"seat partner\" cx=\"")
                    .append(num(at[0]))
                    .append("\" cy=\"")
                    .append(num(at[1]))
                    .append("\" r=\"")
                    .append(num(SEAT))
                    .append("\"/>\n");
        }
    }

    private static void goal(StringBuilder svg) {
        for (double r : new double[] {16, 9, 3}) {
            svg.append("<circle class=\"goal\" cx=\"")
                    .append(num(CX))
                    .append("\" cy=\"")
                    .append(num(CY))
                    .append("\" r=\"")
                    .append(num(r))
                    .append("\"/>\n");
        }
    }

    private void employee(StringBuilder svg, String place, double degrees, double ring, double size) {
        double[] at = at(degrees, ring);
        employeeAt(svg, place, at[0], at[1], size);
    }

    private void employeeAt(StringBuilder svg, String place, double x, double y, double size) {
        svg.append("<g class=\"employee\" data-place=\"")
                .append(text(place))
                .append("\"><circle class=\"seat\" cx=\"")
                .append(num(x))
                .append("\" cy=\"")
                .append(num(y))
                .append("\" r=\"")
                .append(num(size))
                .append("\"/><text class=\"employee-label\" x=\"")
                .append(num(x))
                .append("\" y=\"")
                .append(num(y < CY - TABLE ? y - size - 6 : y + size + 14))
                .append("\" text-anchor=\"middle\">")
                .append(text(seatLabel))
                .append("</text></g>\n");
    }

    /** A point on a circle round the table's centre; 0° is to the right, −90° at the top (screen coordinates). */
    private static double[] at(double degrees, double ring) {
        double radians = Math.toRadians(degrees);
        return new double[] {CX + ring * Math.cos(radians), CY + ring * Math.sin(radians)};
    }
}
