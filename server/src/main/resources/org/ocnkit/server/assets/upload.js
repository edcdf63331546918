// Drag and drop onto the upload form: the dropped PDF goes into the file field and the form is
// sent, exactly as when the file is chosen by hand (the form works without this script).
(function () {
  'use strict';
  var drop = document.getElementById('drop');
  var input = document.getElementById('pdf');
  var form = document.getElementById('upload');
  if (!drop || !input || !form) { return; }
  ['dragenter', 'dragover'].forEach(function (type) {
    drop.addEventListener(type, function (e) { e.preventDefault(); drop.classList.add('over'); });
  });
  ['dragleave', 'drop'].forEach(function (type) {
    drop.addEventListener(type, function (e) { e.preventDefault(); drop.classList.remove('over'); });
  });
  drop.addEventListener('drop', function (e) {
    if (e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files.length > 0) {
      input.files = e.dataTransfer.files;
      form.submit();
    }
  });
})();
