package io.newsdesk.quote;

import java.util.List;

/**
 * The words that name a speaker in the text, before resolution: a noun phrase such as
 * "State Department spokesperson Matthew Miller", "he" or "the ministry", plus an optional apposition
 * set off by commas ("the spokesperson for the airline, <b>Marco Fiel</b>,").
 *
 * @param words      the noun phrase
 * @param apposition words between the commas that follow (or precede) it; empty when there is none
 * @param firstToken index of the phrase's first token, used to order mentions within a sentence
 * @param endToken   index just past the phrase (and its apposition, when there is one)
 */
record SpeakerPhrase(List<String> words, List<String> apposition, int firstToken, int endToken) {
}
