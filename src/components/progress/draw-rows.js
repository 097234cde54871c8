// Draws the progress page's module rows from its island (see ModuleTable.astro). Runs inline, as the
// page is read: plain ES2020, no imports. The first lesson's and quiz's links are the patterns.
{
  const table = document.getElementById('bk-module-table');
  const d = table.dataset;
  const labels = Array.from(table.tHead.rows[0].cells, (c) => c.textContent);
  const swap = (href, from, to) => {
    const i = href.lastIndexOf(from);
    return href.slice(0, i) + to + href.slice(i + from.length);
  };
  const link = (parent, href, text, data) => {
    const a = parent.appendChild(document.createElement('a'));
    a.setAttribute('href', href);
    a.setAttribute(data, '');
    a.textContent = text;
  };
  const body = table.tBodies[0];
  JSON.parse(document.getElementById('bk-progress-modules').textContent).forEach(([id, title, quiz], i) => {
    const row = body.insertRow();
    row.dataset.bkRow = id;
    const head = row.appendChild(document.createElement('th'));
    head.scope = 'row';
    link(head, swap(d.bkLessonHref, d.bkLessonId, id), `${d.bkModuleLabel.replace('{n}', i + 1)}: ${title}`, 'data-bk-lesson-link');
    const cell = (n, data) => {
      const td = row.insertCell();
      td.dataset.label = labels[n];
      if (data) td.setAttribute(data, '');
      td.textContent = '–';
      return td;
    };
    cell(1, 'data-bk-read');
    const quizCell = cell(2);
    if (quiz) {
      row.dataset.bkRowQuiz = quiz;
      quizCell.textContent = '';
      link(quizCell, swap(d.bkQuizHref, d.bkQuizId, quiz), d.bkQuizLabel, 'data-bk-quiz-link');
      quizCell.appendChild(document.createElement('span')).setAttribute('data-bk-score', '');
    }
    cell(3, 'data-bk-status');
  });
}
