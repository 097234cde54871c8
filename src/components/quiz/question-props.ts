import type { Course, CourseQuiz } from '../../course/course';

/**
 * What src/components/quiz/QuizQuestion.astro needs to show each question of a quiz: the question
 * in display order, and the regulation and lesson section it cites, resolved against the course.
 */
export function questionProps(course: Course, quiz: CourseQuiz) {
  const { data } = quiz;
  return data.questions.map((q) => {
    const reg = q.cite.regulation ? course.regulations.get(q.cite.regulation) : undefined;
    const lessonId = q.cite.lesson ?? data.lesson;
    const heading = lessonId && q.cite.section ? course.modules.find((m) => m.id === lessonId)?.headings.find((h) => h.slug === q.cite.section) : undefined;
    return {
      question: q,
      regulation: reg && q.cite.regulation ? { id: q.cite.regulation, shortName: reg.shortName } : undefined,
      section: heading && lessonId ? { lesson: lessonId, slug: heading.slug, title: heading.text } : undefined,
    };
  });
}
