/** How an answer is shown: the short-answer pill only where the question asks for yes or no. */

/** Words that open a closed (yes/no) question in English: “Do you…”, “Is there…”, “Can customers…”. */
const CLOSED =
	/^(do|does|did|is|are|was|were|can|could|will|would|shall|should|has|have|had|may|must)\b/i;

/**
 * Whether a question can be answered yes or no. “Who is accountable…?”, “Describe…” and “How
 * do you…?” cannot, so a “Yes” beside them reads as a mistake (issue 13).
 */
export function isYesNoQuestion(question: string): boolean {
	return CLOSED.test(question.trim());
}

/** The pill to show, if any: the short response, and only on a yes/no question. */
export function shortAnswerOf(answer: {
	question: string;
	response?: string | undefined;
}): string | undefined {
	return answer.response !== undefined && isYesNoQuestion(answer.question)
		? answer.response
		: undefined;
}
