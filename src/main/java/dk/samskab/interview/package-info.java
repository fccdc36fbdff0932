/**
 * The interview: a case built one answer at a time, asking only the questions whose answer could still change the
 * result ({@link dk.samskab.whatif.Relevance}). The whole interview lives in its {@link
 * dk.samskab.interview.InterviewState}, written into the page's address, so nothing is kept between requests; every
 * state is checked by turning it into a case file and reading that as any file is read.
 */
package dk.samskab.interview;
